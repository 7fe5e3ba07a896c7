<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjust a validated CRA</source>
        <translation>Ajuster un CRA validé</translation>
    </message>
    <message>
        <source>A validated CRA is never changed: the correction is added to the CRA of a later month, with a comment that explains it.</source>
        <translation>Un CRA validé n&apos;est jamais modifié : la correction s&apos;ajoute au CRA d&apos;un mois suivant, avec un commentaire qui l&apos;explique.</translation>
    </message>
    <message>
        <source>Month that carries the adjustment</source>
        <translation>Mois qui porte l&apos;ajustement</translation>
    </message>
    <message>
        <source>On the &amp;month of:</source>
        <translation>Sur le &amp;mois de :</translation>
    </message>
    <message>
        <source>Days to add or remove</source>
        <translation>Jours à ajouter ou à retirer</translation>
    </message>
    <message>
        <source>Positive to add days, negative to remove them</source>
        <translation>Positif pour ajouter des jours, négatif pour en retirer</translation>
    </message>
    <message>
        <source>&amp;Days (+/-):</source>
        <translation>&amp;Jours (+/-) :</translation>
    </message>
    <message>
        <source>Why the validated CRA is corrected</source>
        <translation>Pourquoi le CRA validé est corrigé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>No later month can carry the adjustment.</source>
        <translation>Aucun mois suivant ne peut porter l&apos;ajustement.</translation>
    </message>
    <message>
        <source>Enter whole or half days (for example 1 or -0.5).</source>
        <translation>Saisissez des jours entiers ou des demi-journées (par exemple 1 ou -0,5).</translation>
    </message>
    <message>
        <source>Enter a number of days other than zero.</source>
        <translation>Saisissez un nombre de jours différent de zéro.</translation>
    </message>
    <message>
        <source>Explain the adjustment in a comment.</source>
        <translation>Expliquez l&apos;ajustement dans un commentaire.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{name} is already open for the data folder {folder}. Switch to its window, or close it before starting the application again.</source>
        <translation>{name} est déjà ouvert pour le dossier de données {folder}. Passez à sa fenêtre, ou fermez-le avant de relancer l’application.</translation>
    </message>
    <message>
        <source>{name} cannot use the data folder {folder}: {error}</source>
        <translation>{name} ne peut pas utiliser le dossier de données {folder} : {error}</translation>
    </message>
    <message>
        <source>This data folder was written by a newer version of {name}; install that version to open it. Nothing was changed.

{details}</source>
        <translation>Ce dossier de données a été écrit par une version plus récente de {name} : installez cette version pour l&apos;ouvrir. Rien n&apos;a été modifié.

{details}</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>The file is missing from the data folder: {name}</source>
        <translation>Le fichier manque dans le dossier des données : {name}</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}</source>
        <translation>La copie n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Attachments missing from the disk: {count}.</source>
        <translation>Pièces jointes absentes du disque : {count}.</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>La sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore the backup of {date}?

It holds {missions} missions, {invoices} invoices and {attachments} attachments. It replaces all the current data; a backup of the current data is kept in the backups folder.</source>
        <translation>Restaurer la sauvegarde du {date} ?

Elle contient {missions} missions, {invoices} factures et {attachments} pièces jointes. Elle remplace toutes les données actuelles ; une sauvegarde des données actuelles est conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>This file is not a Connect Desktop backup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde de Connect Desktop.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Connect Desktop; update first.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Connect Desktop : mettez d&apos;abord l&apos;application à jour.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée.</translation>
    </message>
</context>
<context>
    <name>CraActions</name>
    <message>
        <source>CRA submitted: record the client&apos;s answer when it comes.</source>
        <translation>CRA soumis : enregistrez la réponse du client dès qu&apos;elle arrive.</translation>
    </message>
    <message>
        <source>Validation recorded: the invoice was created.</source>
        <translation>Validation enregistrée : la facture a été créée.</translation>
    </message>
    <message>
        <source>Refusal recorded: correct the CRA and submit it again.</source>
        <translation>Refus enregistré : corrigez le CRA et soumettez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>CraCalendar</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>half a day</source>
        <translation>une demi-journée</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Jour férié : {name}</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Week-end</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Outside the mission&apos;s dates: no time can be entered.</source>
        <translation>Hors des dates de la mission : aucun temps ne peut être saisi.</translation>
    </message>
    <message>
        <source>The mission does not allow work on weekends and holidays.</source>
        <translation>La mission n’autorise pas le travail le week-end et les jours fériés.</translation>
    </message>
    <message>
        <source>Read-only: only a draft CRA can be changed.</source>
        <translation>Lecture seule : seul un CRA en brouillon peut être modifié.</translation>
    </message>
    <message>
        <source>Space or click: 1 day, half a day, empty. Keys 1, 5 and 0 set a value; drag across days to fill them.</source>
        <translation>Espace ou clic : 1 jour, une demi-journée, vide. Les touches 1, 5 et 0 fixent la valeur ; faites glisser sur plusieurs jours pour les remplir.</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Enter time on a public holiday ({names})?</source>
        <translation>Saisir du temps sur un jour férié ({names}) ?</translation>
    </message>
    <message>
        <source>CRA calendar</source>
        <translation>Calendrier du CRA</translation>
    </message>
    <message>
        <source>W{n}</source>
        <translation>S{n}</translation>
    </message>
    <message>
        <source>Entered: {value}</source>
        <translation>Saisi : {value}</translation>
    </message>
    <message>
        <source>{date}: {value}, week {week}</source>
        <translation>{date} : {value}, semaine {week}</translation>
    </message>
</context>
<context>
    <name>CraErrors</name>
    <message>
        <source>The validation date cannot be in the future.</source>
        <translation>La date de validation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The refusal date cannot be in the future.</source>
        <translation>La date de refus ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter the reason the client gave.</source>
        <translation>Indiquez le motif donné par le client.</translation>
    </message>
    <message>
        <source>The validation date cannot be before the CRA was submitted.</source>
        <translation>La date de validation ne peut pas précéder la soumission du CRA.</translation>
    </message>
    <message>
        <source>The refusal date cannot be before the CRA was submitted.</source>
        <translation>La date de refus ne peut pas précéder la soumission du CRA.</translation>
    </message>
    <message>
        <source>Explain the adjustment in a comment.</source>
        <translation>Expliquez l&apos;ajustement dans un commentaire.</translation>
    </message>
    <message>
        <source>An adjustment adds or removes at least half a day.</source>
        <translation>Un ajustement ajoute ou retire au moins une demi-journée.</translation>
    </message>
    <message>
        <source>The adjustments would bring this month below zero days.</source>
        <translation>Les ajustements feraient passer ce mois sous zéro jour.</translation>
    </message>
    <message>
        <source>Only a validated CRA is corrected by an adjustment.</source>
        <translation>Seul un CRA validé se corrige par un ajustement.</translation>
    </message>
    <message>
        <source>An adjustment goes on a later month than the corrected CRA.</source>
        <translation>Un ajustement se fait sur un mois postérieur au CRA corrigé.</translation>
    </message>
    <message>
        <source>This CRA no longer exists: choose the month again.</source>
        <translation>Ce CRA n&apos;existe plus : choisissez à nouveau le mois.</translation>
    </message>
    <message>
        <source>This mission no longer exists.</source>
        <translation>Cette mission n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A day holds 0, a half day or a full day.</source>
        <translation>Un jour compte 0, une demi-journée ou une journée entière.</translation>
    </message>
    <message>
        <source>The CRA was not changed: {reason}</source>
        <translation>Le CRA n&apos;a pas été modifié : {reason}</translation>
    </message>
    <message>
        <source>{date} is outside the mission&apos;s dates: nothing was changed.</source>
        <translation>Le {date} est en dehors des dates de la mission : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{date} is a weekend day and the mission excludes weekend work: nothing was changed.</source>
        <translation>Le {date} tombe un week-end et la mission exclut le travail le week-end : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{date} is a public holiday ({name}) and the mission excludes it: nothing was changed.</source>
        <translation>Le {date} est un jour férié ({name}) exclu par la mission : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{date} is not in this month.</source>
        <translation>Le {date} n&apos;est pas dans ce mois.</translation>
    </message>
    <message>
        <source>This CRA is already validated.</source>
        <translation>Ce CRA est déjà validé.</translation>
    </message>
    <message>
        <source>This CRA is already submitted.</source>
        <translation>Ce CRA est déjà soumis.</translation>
    </message>
    <message>
        <source>Submit the CRA before recording the client&apos;s answer.</source>
        <translation>Soumettez le CRA avant d&apos;enregistrer la réponse du client.</translation>
    </message>
    <message>
        <source>This action is not possible in the CRA&apos;s current status.</source>
        <translation>Cette action n&apos;est pas possible dans le statut actuel du CRA.</translation>
    </message>
    <message>
        <source>An empty CRA cannot be submitted: fill at least half a day.</source>
        <translation>Un CRA vide ne peut pas être soumis : saisissez au moins une demi-journée.</translation>
    </message>
    <message>
        <source>CRA submitted: it can no longer be edited.</source>
        <translation>CRA soumis : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>CRA validated: a correction is made by an adjustment on a later month.</source>
        <translation>CRA validé : une correction se fait par un ajustement sur un mois suivant.</translation>
    </message>
</context>
<context>
    <name>CraLabels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spécimen</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En validation</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>CraNavigator</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>M&amp;ission:</source>
        <translation>Missio&amp;n :</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp or Alt+Left)</source>
        <translation>Mois précédent (Ctrl+Pg préc. ou Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown or Alt+Right)</source>
        <translation>Mois suivant (Ctrl+Pg suiv. ou Alt+Droite)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d&apos;hui</translation>
    </message>
    <message>
        <source>Go to the current month</source>
        <translation>Aller au mois en cours</translation>
    </message>
    <message>
        <source>{title} — {client}</source>
        <translation>{title} — {client}</translation>
    </message>
    <message>
        <source>{mission} ({status})</source>
        <translation>{mission} ({status})</translation>
    </message>
    <message>
        <source>From {start}</source>
        <translation>À partir du {start}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>CraPdfExport</name>
    <message>
        <source>Export the CRA as PDF</source>
        <translation>Exporter le CRA en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>CraSummaryPanel</name>
    <message>
        <source>Days entered</source>
        <translation>Jours saisis</translation>
    </message>
    <message>
        <source>Days billed (with adjustments)</source>
        <translation>Jours facturés (avec ajustements)</translation>
    </message>
    <message>
        <source>Working days in the month</source>
        <translation>Jours ouvrés du mois</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Net paid to you</source>
        <translation>Net versé</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Send the CRA to the client (Ctrl+Enter)</source>
        <translation>Envoyer le CRA au client (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Client vali&amp;dation…</source>
        <translation>&amp;Validation client…</translation>
    </message>
    <message>
        <source>Record the date the client validated the CRA: the invoice is created</source>
        <translation>Enregistrer la date de validation du CRA par le client : la facture est créée</translation>
    </message>
    <message>
        <source>Client ref&amp;usal…</source>
        <translation>&amp;Refus client…</translation>
    </message>
    <message>
        <source>Record the client&apos;s refusal: the CRA can be edited again</source>
        <translation>Enregistrer le refus du client : le CRA redevient modifiable</translation>
    </message>
    <message>
        <source>&amp;Adjustment…</source>
        <translation>A&amp;justement…</translation>
    </message>
    <message>
        <source>Correct this validated CRA by adding or removing days on a later month</source>
        <translation>Corriger ce CRA validé en ajoutant ou retirant des jours sur un mois suivant</translation>
    </message>
    <message>
        <source>Export the CRA (&amp;PDF)…</source>
        <translation>Exporter le CRA (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Write the activity report as a PDF (Ctrl+P)</source>
        <translation>Écrire le compte rendu d&apos;activité en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>No mission selected</source>
        <translation>Aucune mission sélectionnée</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Expected payment</source>
        <translation>Paiement prévu</translation>
    </message>
    <message>
        <source>This month is outside the mission&apos;s dates.</source>
        <translation>Ce mois est en dehors des dates de la mission.</translation>
    </message>
    <message>
        <source>Fee ({option})</source>
        <translation>Frais ({option})</translation>
    </message>
    <message>
        <source>Expected payment if validated today</source>
        <translation>Paiement prévu si validé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>When the client pays</source>
        <translation>Au paiement du client</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>entre le {first} et le {last}</translation>
    </message>
    <message>
        <source>Submitted on {date}</source>
        <translation>Soumis le {date}</translation>
    </message>
    <message>
        <source>Refused by the client on {date}: {reason}</source>
        <translation>Refusé par le client le {date} : {reason}</translation>
    </message>
    <message>
        <source>Validated by the client on {date}</source>
        <translation>Validé par le client le {date}</translation>
    </message>
    <message>
        <source>Invoice: {status}</source>
        <translation>Facture : {status}</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>Rien n&apos;est encore saisi.</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>Pas encore soumis.</translation>
    </message>
    <message>
        <source>{days} d (corrects {month}): {comment}</source>
        <translation>{days} j (corrige {month}) : {comment}</translation>
    </message>
    <message>
        <source>{days} d: {comment}</source>
        <translation>{days} j : {comment}</translation>
    </message>
</context>
<context>
    <name>CraTab</name>
    <message>
        <source>Change days</source>
        <translation>Modifier les jours</translation>
    </message>
    <message>
        <source>Fill &amp;working days</source>
        <translation>Remp&amp;lir les jours ouvrés</translation>
    </message>
    <message>
        <source>A full day on every working day of the mission</source>
        <translation>Une journée entière sur chaque jour ouvré de la mission</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Remove every day entered this month</source>
        <translation>Retirer tous les jours saisis ce mois-ci</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to the grid (Ctrl+Z)</source>
        <translation>Annuler la dernière modification de la grille (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>No mission yet. Create a mission in the Missions tab, then fill its activity report here month by month.</source>
        <translation>Aucune mission pour l&apos;instant. Créez une mission dans l&apos;onglet Missions, puis remplissez ici son compte rendu d&apos;activité mois par mois.</translation>
    </message>
    <message>
        <source>Fill working days</source>
        <translation>Remplir les jours ouvrés</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Adjustment added to {month}.</source>
        <translation>Ajustement ajouté à {month}.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>CRA exported to {path}</source>
        <translation>CRA exporté dans {path}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{name}: unexpected error</source>
        <translation>{name} : erreur inattendue</translation>
    </message>
    <message>
        <source>{name} ran into an unexpected error and could not finish what it was doing. Changes saved before the error are kept.
Please copy the report below and send it with a few words about what you were doing.</source>
        <translation>{name} a rencontré une erreur inattendue et n’a pas pu terminer ce qu’il faisait. Les modifications enregistrées avant l’erreur sont conservées.
Copiez le rapport ci-dessous et envoyez-le avec quelques mots sur ce que vous faisiez.</translation>
    </message>
    <message>
        <source>The report is also in the log: {path}</source>
        <translation>Le rapport figure aussi dans le journal : {path}</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>To receive within 90 days</source>
        <translation>À recevoir sous 90 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Billed excl. VAT this year</source>
        <translation>Facturé HT cette année</translation>
    </message>
    <message>
        <source>Fees paid this year</source>
        <translation>Frais payés cette année</translation>
    </message>
    <message>
        <source>Payments to come (next 90 days)</source>
        <translation>Paiements à venir (90 prochains jours)</translation>
    </message>
    <message>
        <source>No payment expected in the next 90 days.</source>
        <translation>Aucun paiement attendu dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>No overdue invoice: every payment due has been received.</source>
        <translation>Aucune facture en retard : tous les paiements échus ont été reçus.</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once a client validates a CRA, this page shows the payments to come and their dates, overdue invoices, what you receive month by month and what the payment options cost you.</source>
        <translation>Rien à afficher pour l&apos;instant. Dès qu&apos;un client valide un CRA, cette page montre les paiements à venir et leurs dates, les factures en retard, ce que vous recevez mois par mois et ce que vous coûtent les options de paiement.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your payments as of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos paiements au {date}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) expected</source>
        <translation>
            <numerusform>%n paiement attendu</numerusform>
            <numerusform>%n paiements attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past the payment date</source>
        <translation>
            <numerusform>%n facture a passé sa date de paiement</numerusform>
            <numerusform>%n factures ont passé leur date de paiement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) · average delay {delay}</source>
        <translation>
            <numerusform>%n facture · délai moyen {delay}</numerusform>
            <numerusform>%n factures · délai moyen {delay}</numerusform>
        </translation>
    </message>
    <message>
        <source>Average delay: from the client&apos;s CRA validation to the payment.</source>
        <translation>Délai moyen : de la validation du CRA par le client au paiement.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the payment delay to start: %n invoice(s) ({amount}). Import the invoice, then record LBC Finance&apos;s validation.</source>
        <translation>
            <numerusform>En attente du début du délai de paiement : %n facture ({amount}). Importez la facture, puis enregistrez la validation de LBC Finance.</numerusform>
            <numerusform>En attente du début du délai de paiement : %n factures ({amount}). Importez la facture, puis enregistrez la validation de LBC Finance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed excl. VAT in {year}</source>
        <translation>Facturé HT en {year}</translation>
    </message>
    <message>
        <source>Fees paid in {year}</source>
        <translation>Frais payés en {year}</translation>
    </message>
    <message>
        <source>Received: {received}</source>
        <translation>Reçu : {received}</translation>
    </message>
    <message>
        <source> · short by {amount} on partial payments</source>
        <translation> · {amount} manquants sur des paiements partiels</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>{number} · {when}</source>
        <translation>{number} · {when}</translation>
    </message>
    <message>
        <source>Invoice without a number yet</source>
        <translation>Facture encore sans numéro</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>{number} · {option}</source>
        <translation>{number} · {option}</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Date of the client&apos;s answer</source>
        <translation>Date de la réponse du client</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>What the client asked to change</source>
        <translation>Ce que le client demande de modifier</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The date cannot be in the future (today is {today}).</source>
        <translation>La date ne peut pas être dans le futur (nous sommes le {today}).</translation>
    </message>
    <message>
        <source>The date cannot be before the CRA was submitted ({date}).</source>
        <translation>La date ne peut pas précéder la soumission du CRA ({date}).</translation>
    </message>
    <message>
        <source>Enter the reason the client gave.</source>
        <translation>Indiquez le motif donné par le client.</translation>
    </message>
    <message>
        <source>Client validation</source>
        <translation>Validation client</translation>
    </message>
    <message>
        <source>Enter the date the client validated the CRA. The invoice is created and its payment date counts from this date.</source>
        <translation>Saisissez la date à laquelle le client a validé le CRA. La facture est créée et son délai de paiement court à partir de cette date.</translation>
    </message>
    <message>
        <source>Client refusal</source>
        <translation>Refus client</translation>
    </message>
    <message>
        <source>Enter the date the client refused the CRA and the reason. The CRA goes back to draft so that you can correct it and submit it again.</source>
        <translation>Saisissez la date du refus du client et son motif. Le CRA repasse en brouillon pour que vous puissiez le corriger et le soumettre à nouveau.</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Invoices and credit notes (CSV, French format)…</source>
        <translation>Factures et avoirs (CSV, format français)…</translation>
    </message>
    <message>
        <source>Invoices and credit notes (plain CSV)…</source>
        <translation>Factures et avoirs (CSV standard)…</translation>
    </message>
    <message>
        <source>Expected payments (iCalendar)…</source>
        <translation>Paiements attendus (iCalendar)…</translation>
    </message>
    <message>
        <source>PDFs of a year (ZIP)…</source>
        <translation>PDF d&apos;une année (ZIP)…</translation>
    </message>
    <message>
        <source>There are no invoices to export yet.</source>
        <translation>Il n&apos;y a encore aucune facture à exporter.</translation>
    </message>
    <message>
        <source>connect-invoices-{date}.csv</source>
        <translation>factures-connect-{date}.csv</translation>
    </message>
    <message>
        <source>connect-invoices-{date}-plain.csv</source>
        <translation>factures-connect-{date}-standard.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file} (invoices and credit notes).</source>
        <translation>
            <numerusform>%n ligne exportée dans {file} (factures et avoirs).</numerusform>
            <numerusform>%n lignes exportées dans {file} (factures et avoirs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the invoices…</source>
        <translation>Export des factures…</translation>
    </message>
    <message>
        <source>No payment is expected: there is nothing to export.</source>
        <translation>Aucun paiement n&apos;est attendu : il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>connect-payments.ics</source>
        <translation>paiements-connect.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n expected payment(s) exported to {file}.</source>
        <translation>
            <numerusform>%n paiement attendu exporté dans {file}.</numerusform>
            <numerusform>%n paiements attendus exportés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the expected payments…</source>
        <translation>Export des paiements attendus…</translation>
    </message>
    <message>
        <source>There are no PDFs to export yet.</source>
        <translation>Il n&apos;y a encore aucun PDF à exporter.</translation>
    </message>
    <message>
        <source>PDFs of a year</source>
        <translation>PDF d&apos;une année</translation>
    </message>
    <message>
        <source>Export the PDFs of the invoices of:</source>
        <translation>Exporter les PDF des factures de :</translation>
    </message>
    <message>
        <source>connect-pdf-{year}.zip</source>
        <translation>pdf-connect-{year}.zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) exported to {file}.</source>
        <translation>
            <numerusform>%n fichier PDF exporté dans {file}.</numerusform>
            <numerusform>%n fichiers PDF exportés dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the data folder, so left out: %n file(s)</source>
        <translation>
            <numerusform>Introuvable dans le dossier des données, donc non exporté : %n fichier</numerusform>
            <numerusform>Introuvables dans le dossier des données, donc non exportés : %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the PDFs…</source>
        <translation>Export des PDF…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is nothing to export any more.</source>
        <translation>Il n&apos;y a plus rien à exporter.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.

No file was saved.</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}.

Aucun fichier n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payment option</source>
        <translation>Option de paiement</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Daily rate excl. VAT</source>
        <translation>TJM HT</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Clock start</source>
        <translation>Début du délai</translation>
    </message>
    <message>
        <source>Earliest payment</source>
        <translation>Paiement au plus tôt</translation>
    </message>
    <message>
        <source>Latest payment</source>
        <translation>Paiement au plus tard</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Credit note of</source>
        <translation>Avoir de</translation>
    </message>
    <message>
        <source>Connect payments</source>
        <translation>Paiements Connect</translation>
    </message>
    <message>
        <source>Expected payment: {amount} – {mission}</source>
        <translation>Paiement attendu : {amount} – {mission}</translation>
    </message>
    <message>
        <source>Invoice {number} ({client})
Period: {period}
Option: {option}
Net: {net}</source>
        <translation>Facture {number} ({client})
Période : {period}
Option : {option}
Net : {net}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Overdue: the latest payment date has passed.</source>
        <translation>En retard : la date de paiement au plus tard est passée.</translation>
    </message>
    <message>
        <source>My invoice</source>
        <translation>Ma facture</translation>
    </message>
    <message>
        <source>My credit note</source>
        <translation>Mon avoir</translation>
    </message>
</context>
<context>
    <name>FinalDialog</name>
    <message>
        <source>As printed on the invoice</source>
        <translation>Tel qu&apos;imprimé sur la facture</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>PDF :</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Aucun (facultatif)</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Saisissez le numéro de la facture.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>The date cannot be in the future (today is {today}).</source>
        <translation>La date ne peut pas être dans le futur (nous sommes le {today}).</translation>
    </message>
    <message>
        <source>The date cannot be before the invoice&apos;s last step ({date}).</source>
        <translation>La date ne peut pas précéder la dernière étape de la facture ({date}).</translation>
    </message>
</context>
<context>
    <name>ImportComparisonDialog</name>
    <message>
        <source>Check the invoice before attaching it</source>
        <translation>Vérifier la facture avant de la joindre</translation>
    </message>
    <message>
        <source>File “{name}” for the invoice {invoice} ({mission}, {period}).</source>
        <translation>Fichier « {name} » pour la facture {invoice} ({mission}, {period}).</translation>
    </message>
    <message>
        <source>File “{name}” for {mission}, {period}.</source>
        <translation>Fichier « {name} » pour {mission}, {period}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>CRA and invoice</source>
        <translation>CRA et facture</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Comparison of the file with the CRA</source>
        <translation>Comparaison du fichier avec le CRA</translation>
    </message>
    <message>
        <source>No readable text in this PDF: check the amounts yourself</source>
        <translation>Aucun texte lisible dans ce PDF : vérifiez les montants vous-même</translation>
    </message>
    <message>
        <source>I have checked the amounts against the CRA</source>
        <translation>J&apos;ai vérifié les montants par rapport au CRA</translation>
    </message>
    <message>
        <source>&amp;Attach the invoice</source>
        <translation>&amp;Joindre la facture</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Your SIRET</source>
        <translation>Votre SIRET</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Not found in the file</source>
        <translation>Absent du fichier</translation>
    </message>
    <message>
        <source>Read from the Factur-X data embedded in the PDF.</source>
        <translation>Lu dans les données Factur-X intégrées au PDF.</translation>
    </message>
    <message>
        <source>Read from the PDF&apos;s text.</source>
        <translation>Lu dans le texte du PDF.</translation>
    </message>
    <message>
        <source>✓ Everything matches the CRA.</source>
        <translation>✓ Tout correspond au CRA.</translation>
    </message>
    <message>
        <source>✗ {differences} difference(s) and {missing} value(s) not found: check them before attaching the file.</source>
        <translation>✗ {differences} différence(s) et {missing} valeur(s) introuvable(s) : vérifiez-les avant de joindre le fichier.</translation>
    </message>
    <message>
        <source>✗ {differences} difference(s): check them before attaching the file.</source>
        <translation>✗ {differences} différence(s) : vérifiez-les avant de joindre le fichier.</translation>
    </message>
    <message>
        <source>? {missing} value(s) not found in the file: check them before attaching it.</source>
        <translation>? {missing} valeur(s) introuvable(s) dans le fichier : vérifiez-les avant de le joindre.</translation>
    </message>
    <message>
        <source>This file matches the invoice {invoice} ({mission}, {period}) by its amount and period.</source>
        <translation>Ce fichier correspond à la facture {invoice} ({mission}, {period}) par son montant et sa période.</translation>
    </message>
    <message>
        <source>&amp;Use that invoice</source>
        <translation>&amp;Utiliser cette facture</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Final invoice {number} recorded.</source>
        <translation>Facture définitive {number} enregistrée.</translation>
    </message>
    <message>
        <source>Validation by LBC Finance recorded: the payment delay has started.</source>
        <translation>Validation par LBC Finance enregistrée : le délai de paiement a démarré.</translation>
    </message>
    <message>
        <source>Refusal recorded: import a corrected invoice.</source>
        <translation>Refus enregistré : importez une facture corrigée.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Client payment recorded: the expected payment dates were updated.</source>
        <translation>Paiement du client enregistré : les dates de paiement attendues sont mises à jour.</translation>
    </message>
    <message>
        <source>Invoice cancelled: a credit note was issued.</source>
        <translation>Facture annulée : un avoir a été émis.</translation>
    </message>
    <message>
        <source>Specimen written and attached.</source>
        <translation>Spécimen créé et joint.</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailPanel</name>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Days × daily rate</source>
        <translation>Jours × TJM</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Payment option</source>
        <translation>Option de paiement</translation>
    </message>
    <message>
        <source>Fee deducted</source>
        <translation>Frais déduits</translation>
    </message>
    <message>
        <source>Net paid to you</source>
        <translation>Net qui vous est versé</translation>
    </message>
    <message>
        <source>Expected payment</source>
        <translation>Paiement attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>History of the invoice</source>
        <translation>Historique de la facture</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the file with the system&apos;s viewer</source>
        <translation>Ouvrir le fichier avec la visionneuse du système</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Enre&amp;gistrer une copie…</translation>
    </message>
    <message>
        <source>Specimen P&amp;DF</source>
        <translation>S&amp;pécimen PDF</translation>
    </message>
    <message>
        <source>Write the specimen of this invoice as a PDF and attach it</source>
        <translation>Créer le spécimen de cette facture en PDF et le joindre</translation>
    </message>
    <message>
        <source>Import an invoice…</source>
        <translation>Importer une facture…</translation>
    </message>
    <message>
        <source>Check a PDF against this invoice and attach it (Ctrl+I), or drop it here</source>
        <translation>Vérifier un PDF par rapport à cette facture puis le joindre (Ctrl+I), ou le déposer ici</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Étape suivante :</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <source>Select an invoice in the list to see its amounts, history and files.</source>
        <translation>Sélectionnez une facture dans la liste pour voir ses montants, son historique et ses fichiers.</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(pas encore de numéro)</translation>
    </message>
    <message>
        <source>you import your own invoices</source>
        <translation>vous importez vos propres factures</translation>
    </message>
    <message>
        <source>{days} d × {rate}</source>
        <translation>{days} j × {rate}</translation>
    </message>
    <message>
        <source>VAT ({rate})</source>
        <translation>TVA ({rate})</translation>
    </message>
    <message>
        <source>Not applicable, art. 293 B of the CGI</source>
        <translation>Non applicable, art. 293 B du CGI</translation>
    </message>
    <message>
        <source>Recorded on {date}</source>
        <translation>Enregistré le {date}</translation>
    </message>
    <message>
        <source>Last refusal: {reason}</source>
        <translation>Dernier refus : {reason}</translation>
    </message>
    <message>
        <source>No file yet: drop the invoice&apos;s PDF here.</source>
        <translation>Aucun fichier : déposez ici le PDF de la facture.</translation>
    </message>
    <message>
        <source>nothing more to record on this invoice</source>
        <translation>plus rien à enregistrer sur cette facture</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailTexts</name>
    <message>
        <source>paid after 60 days</source>
        <translation>payé à 60 jours</translation>
    </message>
    <message>
        <source>paid after 30 days</source>
        <translation>payé à 30 jours</translation>
    </message>
    <message>
        <source>paid after 3 days</source>
        <translation>payé à 3 jours</translation>
    </message>
    <message>
        <source>paid after the client</source>
        <translation>payé après le client</translation>
    </message>
    <message>
        <source>paid within 3 to 5 days</source>
        <translation>payé sous 3 à 5 jours</translation>
    </message>
    <message>
        <source>{option}, {terms}</source>
        <translation>{option}, {terms}</translation>
    </message>
    <message>
        <source>Basic: no fee</source>
        <translation>Basic : sans frais</translation>
    </message>
    <message>
        <source>Express: 2.5 % of the daily rate per day billed</source>
        <translation>Express : 2,5 % du TJM par jour facturé</translation>
    </message>
    <message>
        <source>Flash: 5 % of the daily rate per day billed</source>
        <translation>Flash : 5 % du TJM par jour facturé</translation>
    </message>
    <message>
        <source>On client payment: no fee</source>
        <translation>À réception du paiement client : sans frais</translation>
    </message>
    <message>
        <source>Immediate payment: 20 € per day billed</source>
        <translation>Paiement immédiat : 20 € par jour facturé</translation>
    </message>
    <message>
        <source>after LBC Finance&apos;s validation</source>
        <translation>après validation par LBC Finance</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>{when} (overdue by {days} d)</source>
        <translation>{when} (en retard de {days} j)</translation>
    </message>
    <message>
        <source>{when} ({days} d left)</source>
        <translation>{when} (dans {days} j)</translation>
    </message>
    <message>
        <source>Client paid LBC on {date}</source>
        <translation>Le client a payé LBC le {date}</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} le {date}</translation>
    </message>
    <message>
        <source>(difference {difference})</source>
        <translation>(écart {difference})</translation>
    </message>
    <message>
        <source>CRA validated by the client</source>
        <translation>CRA validé par le client</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>{step}: {note}</source>
        <translation>{step} : {note}</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spécimen</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Facture définitive</translation>
    </message>
    <message>
        <source>Imported invoice</source>
        <translation>Facture importée</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>{role}: {name} ({size}, added on {date})</source>
        <translation>{role} : {name} ({size}, ajouté le {date})</translation>
    </message>
    <message>
        <source>Final invoice &amp;received…</source>
        <translation>Facture &amp;définitive reçue…</translation>
    </message>
    <message>
        <source>The platform issued the final invoice: enter its number</source>
        <translation>La plateforme a émis la facture définitive : saisissez son numéro</translation>
    </message>
    <message>
        <source>Import m&amp;y invoice…</source>
        <translation>Importer ma fac&amp;ture…</translation>
    </message>
    <message>
        <source>Choose your invoice&apos;s PDF: it is checked against the CRA first</source>
        <translation>Choisissez le PDF de votre facture : il est d&apos;abord comparé au CRA</translation>
    </message>
    <message>
        <source>Valida&amp;ted by LBC Finance…</source>
        <translation>&amp;Validée par LBC Finance…</translation>
    </message>
    <message>
        <source>LBC Finance accepted your invoice: the payment delay starts</source>
        <translation>LBC Finance a accepté votre facture : le délai de paiement démarre</translation>
    </message>
    <message>
        <source>Refused by LBC Fi&amp;nance…</source>
        <translation>Refu&amp;sée par LBC Finance…</translation>
    </message>
    <message>
        <source>LBC Finance refused your invoice: import a corrected one</source>
        <translation>LBC Finance a refusé votre facture : importez-en une corrigée</translation>
    </message>
    <message>
        <source>&amp;Payment received…</source>
        <translation>Pai&amp;ement reçu…</translation>
    </message>
    <message>
        <source>The payment reached your account</source>
        <translation>Le paiement est arrivé sur votre compte</translation>
    </message>
    <message>
        <source>C&amp;lient payment received…</source>
        <translation>Paiement du c&amp;lient reçu…</translation>
    </message>
    <message>
        <source>The client paid LBC: LBC pays you 5 to 8 working days later</source>
        <translation>Le client a payé LBC : LBC vous paie 5 à 8 jours ouvrés plus tard</translation>
    </message>
    <message>
        <source>C&amp;ancel (credit note)…</source>
        <translation>Ann&amp;uler (avoir)…</translation>
    </message>
    <message>
        <source>Cancel the invoice with a credit note</source>
        <translation>Annuler la facture par un avoir</translation>
    </message>
</context>
<context>
    <name>InvoiceDialogs</name>
    <message>
        <source>Final invoice received</source>
        <translation>Facture définitive reçue</translation>
    </message>
    <message>
        <source>Enter the number of the final invoice the platform issued and the date it was issued. Its PDF is optional.</source>
        <translation>Saisissez le numéro de la facture définitive émise par la plateforme et sa date d&apos;émission. Son PDF est facultatif.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Enter the date the payment reached your account and the amount received.</source>
        <translation>Saisissez la date à laquelle le paiement est arrivé sur votre compte et le montant reçu.</translation>
    </message>
    <message>
        <source>Enter the date LBC Finance validated your invoice.</source>
        <translation>Saisissez la date à laquelle LBC Finance a validé votre facture.</translation>
    </message>
    <message>
        <source>The payment delay starts on this date.</source>
        <translation>Le délai de paiement démarre à cette date.</translation>
    </message>
    <message>
        <source>Validated by LBC Finance</source>
        <translation>Validée par LBC Finance</translation>
    </message>
    <message>
        <source>Refused by LBC Finance</source>
        <translation>Refusée par LBC Finance</translation>
    </message>
    <message>
        <source>Enter the date LBC Finance refused your invoice and the reason it gave. The invoice goes back to “To import” so that you can import a corrected file.</source>
        <translation>Saisissez la date à laquelle LBC Finance a refusé votre facture et le motif donné. La facture repasse « À importer » pour que vous importiez un fichier corrigé.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Client payment received</source>
        <translation>Paiement du client reçu</translation>
    </message>
    <message>
        <source>Enter the date the client paid LBC. LBC then pays you within 5 to 8 working days: the expected payment dates are computed again.</source>
        <translation>Saisissez la date à laquelle le client a payé LBC. LBC vous paie ensuite sous 5 à 8 jours ouvrés : les dates de paiement attendues sont recalculées.</translation>
    </message>
    <message>
        <source>Cancel the invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>A cancelled invoice is never deleted: a credit note cancels it and keeps a reference to it. Enter the date and the reason.</source>
        <translation>Une facture annulée n&apos;est jamais supprimée : un avoir l&apos;annule et y fait référence. Saisissez la date et le motif.</translation>
    </message>
    <message>
        <source>Cancel {invoice} and issue a credit note? This cannot be undone.</source>
        <translation>Annuler {invoice} et émettre un avoir ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Import an invoice</source>
        <translation>Importer une facture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoiceErrors</name>
    <message>
        <source>Select the invoice this file belongs to, then drop it again.</source>
        <translation>Sélectionnez la facture à laquelle ce fichier correspond, puis déposez-le à nouveau.</translation>
    </message>
    <message>
        <source>This action is not possible in the invoice&apos;s current status: reload the list and try again.</source>
        <translation>Cette action n&apos;est pas possible dans le statut actuel de la facture : rechargez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The invoice was not changed: {reason}</source>
        <translation>La facture n&apos;a pas été modifiée : {reason}</translation>
    </message>
    <message>
        <source>This file is not a PDF</source>
        <translation>Ce fichier n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>The PDF is incomplete or damaged</source>
        <translation>Le PDF est incomplet ou endommagé</translation>
    </message>
    <message>
        <source>The PDF is protected by a password</source>
        <translation>Le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB</source>
        <translation>Le fichier dépasse 10 Mo</translation>
    </message>
    <message>
        <source>Drop one file at a time</source>
        <translation>Déposez un seul fichier à la fois</translation>
    </message>
    <message>
        <source>A folder cannot be imported</source>
        <translation>Un dossier ne peut pas être importé</translation>
    </message>
    <message>
        <source>The file disappeared during the import</source>
        <translation>Le fichier a disparu pendant l&apos;import</translation>
    </message>
    <message>
        <source>The PDF has too many pages for an invoice</source>
        <translation>Le PDF a trop de pages pour une facture</translation>
    </message>
    <message>
        <source>The PDF took too long to read: it may be damaged</source>
        <translation>La lecture du PDF a pris trop de temps : il est peut-être endommagé</translation>
    </message>
    <message>
        <source>The PDF could not be read: it may be damaged</source>
        <translation>Le PDF n&apos;a pas pu être lu : il est peut-être endommagé</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date cannot be before the invoice&apos;s last step.</source>
        <translation>La date ne peut pas précéder la dernière étape de la facture.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Saisissez le motif.</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Saisissez le numéro de la facture.</translation>
    </message>
    <message>
        <source>This invoice number is already used by another invoice.</source>
        <translation>Ce numéro est déjà celui d&apos;une autre facture.</translation>
    </message>
    <message>
        <source>Enter the amount received, for example 1 234,56.</source>
        <translation>Saisissez le montant reçu, par exemple 1 234,56.</translation>
    </message>
    <message>
        <source>The files of a final or paid invoice no longer change (a final invoice takes its final PDF once).</source>
        <translation>Les fichiers d&apos;une facture définitive ou payée ne changent plus (une facture définitive reçoit son PDF définitif une seule fois).</translation>
    </message>
    <message>
        <source>A credit note is final: nothing is recorded on it.</source>
        <translation>Un avoir est définitif : rien ne s&apos;enregistre dessus.</translation>
    </message>
    <message>
        <source>Only invoices paid on client payment wait for the client.</source>
        <translation>Seules les factures payées à réception du paiement client attendent le client.</translation>
    </message>
    <message>
        <source>The invoice has not reached the client yet.</source>
        <translation>La facture n&apos;est pas encore parvenue au client.</translation>
    </message>
    <message>
        <source>This file is already attached to this invoice</source>
        <translation>Ce fichier est déjà joint à cette facture</translation>
    </message>
    <message>
        <source>The client cannot pay before the invoice was issued.</source>
        <translation>Le client ne peut pas payer avant l&apos;émission de la facture.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Cette facture n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Only the invoices past their latest payment date</source>
        <translation>Seulement les factures dont la date de paiement au plus tard est passée</translation>
    </message>
    <message>
        <source>Search a number or a mission…</source>
        <translation>Rechercher un numéro ou une mission…</translation>
    </message>
    <message>
        <source>Search the invoices</source>
        <translation>Rechercher dans les factures</translation>
    </message>
</context>
<context>
    <name>InvoiceImporter</name>
    <message>
        <source>An import is already running: wait for it.</source>
        <translation>Un import est déjà en cours : attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Once attached, the invoice waits for LBC Finance&apos;s validation (“In review”).</source>
        <translation>Une fois jointe, la facture attend la validation de LBC Finance (« En validation »).</translation>
    </message>
    <message>
        <source>Next, enter the final invoice&apos;s number and date: the invoice becomes “Final”.</source>
        <translation>Ensuite, saisissez le numéro et la date de la facture définitive : la facture devient « Définitive ».</translation>
    </message>
    <message>
        <source>The file is kept as the final invoice&apos;s PDF; the invoice&apos;s status does not change.</source>
        <translation>Le fichier est conservé comme PDF de la facture définitive ; le statut de la facture ne change pas.</translation>
    </message>
    <message>
        <source>The file is added to the invoice&apos;s files; its status does not change.</source>
        <translation>Le fichier s&apos;ajoute aux fichiers de la facture ; son statut ne change pas.</translation>
    </message>
    <message>
        <source>Invoice imported: it now waits for LBC Finance&apos;s validation.</source>
        <translation>Facture importée : elle attend maintenant la validation de LBC Finance.</translation>
    </message>
    <message>
        <source>Final invoice {number} recorded.</source>
        <translation>Facture définitive {number} enregistrée.</translation>
    </message>
    <message>
        <source>File attached to the invoice.</source>
        <translation>Fichier joint à la facture.</translation>
    </message>
</context>
<context>
    <name>InvoiceLabels</name>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>InvoiceRowTexts</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clock start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>Amount excluding VAT</source>
        <translation>Montant hors taxes</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Montant toutes taxes comprises</translation>
    </message>
    <message>
        <source>Fee of the payment option, deducted from the payment</source>
        <translation>Frais de l&apos;option de paiement, déduits du paiement</translation>
    </message>
    <message>
        <source>What LBC pays you</source>
        <translation>Ce que LBC vous verse</translation>
    </message>
    <message>
        <source>The day the payment delay starts</source>
        <translation>Le jour où démarre le délai de paiement</translation>
    </message>
    <message>
        <source>Expected payment date, or the window it falls in</source>
        <translation>Date de paiement attendue, ou la période où elle tombe</translation>
    </message>
    <message>
        <source>Days until the latest payment date</source>
        <translation>Jours jusqu&apos;à la date de paiement au plus tard</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Avoir {number}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>{date} ({amount})</source>
        <translation>{date} ({amount})</translation>
    </message>
    <message>
        <source>{days} d late</source>
        <translation>{days} j de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>The delay starts when LBC Finance validates your invoice</source>
        <translation>Le délai démarre quand LBC Finance valide votre facture</translation>
    </message>
    <message>
        <source>Overdue: expected by {date} at the latest</source>
        <translation>En retard : attendu au plus tard le {date}</translation>
    </message>
    <message>
        <source>Received {paid} instead of {expected} (difference {difference})</source>
        <translation>Reçu {paid} au lieu de {expected} (écart {difference})</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Connect invoices</source>
        <translation>Factures Connect</translation>
    </message>
    <message>
        <source>No invoice yet. An invoice appears here when the client validates a CRA; follow it from specimen to payment and attach its PDFs.</source>
        <translation>Aucune facture pour l&apos;instant. Une facture apparaît ici quand le client valide un CRA ; suivez-la du spécimen au paiement et joignez-y ses PDF.</translation>
    </message>
    <message>
        <source>Loading the invoices…</source>
        <translation>Chargement des factures…</translation>
    </message>
    <message>
        <source>{shown} of {total} invoices</source>
        <translation>{shown} factures sur {total}</translation>
    </message>
    <message>
        <source>{total} invoices</source>
        <translation>{total} factures</translation>
    </message>
    <message>
        <source>Drop the PDF to check it and attach it to the invoice.</source>
        <translation>Déposez le PDF pour le vérifier et le joindre à la facture.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <source>&amp;CRA</source>
        <translation>&amp;CRA</translation>
    </message>
    <message>
        <source>Connect &amp;invoices</source>
        <translation>Factures Co&amp;nnect</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New mission</source>
        <translation>&amp;Nouvelle mission</translation>
    </message>
    <message>
        <source>&amp;Profile and settings…</source>
        <translation>&amp;Profil et paramètres…</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find a mission</source>
        <translation>&amp;Rechercher une mission</translation>
    </message>
    <message>
        <source>&amp;Archive or restore the mission</source>
        <translation>&amp;Archiver ou restaurer la mission</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;archived missions</source>
        <translation>Afficher les missions &amp;archivées</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Connect Desktop</source>
        <translation>À &amp;propos de Connect Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Missions, activity reports, payments and invoices for freelancers on LittleBig Connection Connect missions. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;br&gt;Python {python}, {system}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Missions, comptes rendus d’activité, paiements et factures pour les freelances en mission Connect chez LittleBig Connection. Vos données restent sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Dossier des données : {folder}&lt;br&gt;Python {python}, {system}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Payment option</source>
        <translation>Option de paiement</translation>
    </message>
    <message>
        <source>Archived missions leave the list; they are never deleted.</source>
        <translation>Les missions archivées quittent la liste ; elles ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Annuler les &amp;changements</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved</source>
        <translation>Oublier les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the mission (Ctrl+S)</source>
        <translation>Enregistrer la mission (Ctrl+S)</translation>
    </message>
    <message>
        <source>Option locked: this mission already has a validated CRA</source>
        <translation>Option verrouillée : un CRA a déjà été validé pour cette mission</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>The mission was not saved: correct the field marked in red.</source>
        <translation>La mission n&apos;a pas été enregistrée : corrigez le champ signalé en rouge.</translation>
    </message>
    <message>
        <source>The mission was not saved: correct the {count} fields marked in red.</source>
        <translation>La mission n&apos;a pas été enregistrée : corrigez les {count} champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <source>Mission title</source>
        <translation>Intitulé de la mission</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>LBC mission reference</source>
        <translation>Référence de la mission LBC</translation>
    </message>
    <message>
        <source>e.g. LBC-2026-04123</source>
        <translation>ex. LBC-2026-04123</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation>&amp;Sans date de fin</translation>
    </message>
    <message>
        <source>Daily rate excluding VAT</source>
        <translation>TJM hors taxes</translation>
    </message>
    <message>
        <source>e.g. 650 or 650,50</source>
        <translation>ex. 650 ou 650,50</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Contract signature date</source>
        <translation>Date de signature du contrat</translation>
    </message>
    <message>
        <source>The date the Connect contract was signed: it decides the payment regime.</source>
        <translation>La date de signature du contrat Connect : elle détermine le régime de paiement.</translation>
    </message>
    <message>
        <source>Invoicing mode</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <source>&amp;Weekend work allowed</source>
        <translation>Tra&amp;vail le week-end autorisé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>In&amp;titulé :</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>LBC referen&amp;ce:</source>
        <translation>Référence L&amp;BC :</translation>
    </message>
    <message>
        <source>Client &amp;address:</source>
        <translation>Ad&amp;resse du client :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>€ excl. VAT / day</source>
        <translation>€ HT / jour</translation>
    </message>
    <message>
        <source>Daily &amp;rate:</source>
        <translation>T&amp;JM :</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gné le :</translation>
    </message>
    <message>
        <source>&amp;Invoicing:</source>
        <translation>Fact&amp;uration :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Enter the daily rate (for example 650 or 650,50).</source>
        <translation>Saisissez le TJM (par exemple 650 ou 650,50).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: type for example 650 or 650,50.</source>
        <translation>« {text} » n&apos;est pas un montant : saisissez par exemple 650 ou 650,50.</translation>
    </message>
    <message>
        <source>The daily rate must be above zero.</source>
        <translation>Le TJM doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The daily rate has at most two decimals.</source>
        <translation>Le TJM a au plus deux décimales.</translation>
    </message>
    <message>
        <source>Enter a title for the mission.</source>
        <translation>Saisissez l&apos;intitulé de la mission.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>Enter the contract signature date: it decides the payment regime.</source>
        <translation>Saisissez la date de signature du contrat : elle détermine le régime de paiement.</translation>
    </message>
</context>
<context>
    <name>MissionLabels</name>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>On client payment</source>
        <translation>À réception du paiement client</translation>
    </message>
    <message>
        <source>Immediate payment</source>
        <translation>Paiement immédiat</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Prévisible</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Predictable payments guarantee</source>
        <translation>Garantie de paiements prévisibles</translation>
    </message>
    <message>
        <source>Paid once the client has paid</source>
        <translation>Paiement après règlement du client</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Generated by the platform</source>
        <translation>Générée par la plateforme</translation>
    </message>
    <message>
        <source>Manual import of my own invoices</source>
        <translation>Importation manuelle de mes factures</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <source>Daily rate, excluding VAT</source>
        <translation>Taux journalier moyen, hors taxes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>TJM</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{title} (LBC reference {reference})</source>
        <translation>{title} (référence LBC {reference})</translation>
    </message>
    <message>
        <source>Locked: this mission already has a validated CRA</source>
        <translation>Verrouillée : un CRA a déjà été validé pour cette mission</translation>
    </message>
</context>
<context>
    <name>MissionsTab</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The mission has changes that are not saved. Discard them?</source>
        <translation>La mission a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Filter by title, client or reference…</source>
        <translation>Filtrer par intitulé, client ou référence…</translation>
    </message>
    <message>
        <source>Filter the missions</source>
        <translation>Filtrer les missions</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Create a mission (Ctrl+N)</source>
        <translation>Créer une mission (Ctrl+N)</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>No mission matches the filter.</source>
        <translation>Aucune mission ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Select a mission in the list, or create a new one.</source>
        <translation>Sélectionnez une mission dans la liste, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>No missions yet</source>
        <translation>Aucune mission pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add your Connect missions with their daily rate and contract date to see, for each payment option, what you will be paid and when.</source>
        <translation>Ajoutez vos missions Connect avec leur TJM et leur date de contrat pour voir, pour chaque option de paiement, ce que vous serez payé et quand.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>“{title}” is archived. Show archived missions from the View menu to restore it.</source>
        <translation>« {title} » est archivée. Affichez les missions archivées depuis le menu Affichage pour la restaurer.</translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <source>✓ Chosen</source>
        <translation>✓ Choisie</translation>
    </message>
</context>
<context>
    <name>OptionCostsPanel</name>
    <message>
        <source>Each line gives what the same invoices (same days, same daily rate) would have cost with another option of their regime, and how long it takes to pay.</source>
        <translation>Chaque ligne indique ce que les mêmes factures (mêmes jours, même TJM) auraient coûté avec une autre option de leur régime, et en combien de temps elle paie.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>3 to 5 days</source>
        <translation>3 à 5 jours</translation>
    </message>
    <message>
        <source>After the client pays</source>
        <translation>Après paiement du client</translation>
    </message>
    <message numerus="yes">
        <source>Fees paid in {year}: {fees} on %n payment(s).</source>
        <translation>
            <numerusform>Frais payés en {year} : {fees} sur %n paiement.</numerusform>
            <numerusform>Frais payés en {year} : {fees} sur %n paiements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionTexts</name>
    <message>
        <source>Enter the contract signature date: contracts signed from {cutoff} by freelancers based in France have the predictable payments guarantee.</source>
        <translation>Saisissez la date de signature du contrat : les contrats signés à partir du {cutoff} par des freelances basés en France bénéficient de la garantie de paiements prévisibles.</translation>
    </message>
    <message>
        <source>contract signed before {cutoff}</source>
        <translation>contrat signé avant le {cutoff}</translation>
    </message>
    <message>
        <source>you are not based in France: the predictable payments guarantee is for freelancers based in France</source>
        <translation>vous n&apos;êtes pas basé en France : la garantie de paiements prévisibles est réservée aux freelances basés en France</translation>
    </message>
    <message>
        <source>contract signed from {cutoff}, based in France</source>
        <translation>contrat signé à partir du {cutoff}, basé en France</translation>
    </message>
    <message>
        <source>{days} days (last CRA)</source>
        <translation>{days} jours (dernier CRA)</translation>
    </message>
    <message>
        <source>{days} working days in {month}</source>
        <translation>{days} jours ouvrés en {month}</translation>
    </message>
    <message>
        <source>paid if LBC validated your invoice today ({today})</source>
        <translation>paiement si LBC validait votre facture aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>paid if the CRA were validated today ({today})</source>
        <translation>paiement si le CRA était validé aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>Typical month: {month}; {when}. Enter the daily rate to see the amounts.</source>
        <translation>Mois type : {month} ; {when}. Saisissez le TJM pour voir les montants.</translation>
    </message>
    <message>
        <source>Typical month: {month} at {rate} = {ht} excl. VAT; {when}.</source>
        <translation>Mois type : {month} à {rate} = {ht} HT ; {when}.</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Payé le {date}</translation>
    </message>
    <message>
        <source>Paid between {first} and {last}</source>
        <translation>Payé entre le {first} et le {last}</translation>
    </message>
    <message>
        <source>Net: {amount}</source>
        <translation>Net : {amount}</translation>
    </message>
    <message>
        <source>{rate} of the daily rate per day</source>
        <translation>{rate} du TJM par jour</translation>
    </message>
    <message>
        <source>{amount} per day</source>
        <translation>{amount} par jour</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Sans frais</translation>
    </message>
    <message>
        <source>Fee: {detail}</source>
        <translation>Frais : {detail}</translation>
    </message>
    <message>
        <source>Fee: {amount} ({detail})</source>
        <translation>Frais : {amount} ({detail})</translation>
    </message>
    <message>
        <source>{days} days after LBC validates your invoice</source>
        <translation>{days} jours après la validation de votre facture par LBC</translation>
    </message>
    <message>
        <source>{days} days after the CRA is validated</source>
        <translation>{days} jours après la validation du CRA</translation>
    </message>
    <message>
        <source>{low} to {high} days after LBC validates your invoice</source>
        <translation>{low} à {high} jours après la validation de votre facture par LBC</translation>
    </message>
    <message>
        <source>{low} to {high} days after the CRA is validated</source>
        <translation>{low} à {high} jours après la validation du CRA</translation>
    </message>
    <message>
        <source>{low} to {high} working days after the client pays ({term} days after the invoice)</source>
        <translation>{low} à {high} jours ouvrés après le paiement du client ({term} jours après la facture)</translation>
    </message>
    <message>
        <source>{fee} to be paid {days} days sooner, i.e. {annual} a year</source>
        <translation>{fee} pour être payé {days} jours plus tôt, soit {annual} par an</translation>
    </message>
</context>
<context>
    <name>OverduePaymentsModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnInvoiceActions</name>
    <message>
        <source>&amp;Generate my invoice…</source>
        <translation>&amp;Générer ma facture…</translation>
    </message>
    <message>
        <source>Write your invoice to LBC from this invoice, check it, then issue it</source>
        <translation>Rédiger votre facture à LBC d&apos;après cette facture, la vérifier, puis l&apos;émettre</translation>
    </message>
    <message>
        <source>Issue a &amp;credit note…</source>
        <translation>Émettre un &amp;avoir…</translation>
    </message>
    <message>
        <source>Cancel your issued invoice by a credit note (nothing is deleted)</source>
        <translation>Annuler votre facture émise par un avoir (rien n&apos;est supprimé)</translation>
    </message>
    <message>
        <source>Invoice {number} issued and imported.</source>
        <translation>Facture {number} émise et importée.</translation>
    </message>
    <message>
        <source>Credit note {number} issued: the invoice {original} is cancelled.</source>
        <translation>Avoir {number} émis : la facture {original} est annulée.</translation>
    </message>
    <message>
        <source>The date cannot be before the date of your last issued invoice or credit note: numbers follow the dates.</source>
        <translation>La date ne peut pas précéder celle de votre dernière facture ou de votre dernier avoir émis : les numéros suivent les dates.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>numéro de TVA</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>Your invoice cannot be issued: the profile lacks {missing}. Complete it (Profile and settings…), then try again.</source>
        <translation>Votre facture ne peut pas être émise : il manque au profil {missing}. Complétez-le (Profil et paramètres…), puis réessayez.</translation>
    </message>
    <message>
        <source>An invoice is already issued for this one: cancel it by a credit note first.</source>
        <translation>Une facture est déjà émise pour celle-ci : annulez-la d&apos;abord par un avoir.</translation>
    </message>
    <message>
        <source>Your invoice can be issued only while the invoice is to import or in review.</source>
        <translation>Votre facture ne peut être émise que tant que la facture est à importer ou en vérification.</translation>
    </message>
    <message>
        <source>This mission&apos;s invoices are issued by the platform.</source>
        <translation>Les factures de cette mission sont émises par la plateforme.</translation>
    </message>
    <message>
        <source>Only an issued invoice not yet cancelled can be credited.</source>
        <translation>Seule une facture émise et pas encore annulée peut faire l&apos;objet d&apos;un avoir.</translation>
    </message>
</context>
<context>
    <name>OwnInvoiceDialogs</name>
    <message>
        <source>Issue my invoice</source>
        <translation>Émettre ma facture</translation>
    </message>
    <message>
        <source>Check the invoice opened in your PDF viewer, then choose its issue date.</source>
        <translation>Vérifiez la facture ouverte dans votre lecteur PDF, puis choisissez sa date d&apos;émission.</translation>
    </message>
    <message>
        <source>The number will be assigned when the invoice is issued and can never change.</source>
        <translation>Le numéro sera attribué à l&apos;émission et ne pourra plus changer.</translation>
    </message>
    <message>
        <source>Issue a credit note</source>
        <translation>Émettre un avoir</translation>
    </message>
    <message>
        <source>A credit note with its own number cancels your invoice {number}, which is kept. You can then issue a corrected invoice. Enter the date and the reason.</source>
        <translation>Un avoir, avec son propre numéro, annule votre facture {number}, qui est conservée. Vous pourrez ensuite émettre une facture corrigée. Indiquez la date et le motif.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>&amp;Amount received (€):</source>
        <translation>&amp;Montant reçu (€) :</translation>
    </message>
    <message>
        <source>Expected {expected}: the difference ({difference}) will be shown.</source>
        <translation>Attendu : {expected} ; l&apos;écart ({difference}) sera affiché.</translation>
    </message>
    <message>
        <source>Enter the amount received, for example 1 234,56.</source>
        <translation>Saisissez le montant reçu, par exemple 1 234,56.</translation>
    </message>
</context>
<context>
    <name>PaymentOptionChooser</name>
    <message>
        <source>Client &amp;payment term:</source>
        <translation>Délai de &amp;paiement du client :</translation>
    </message>
    <message>
        <source>Client payment term</source>
        <translation>Délai de paiement du client</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
</context>
<context>
    <name>PaymentsChart</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Expected: {amount}</source>
        <translation>Attendu : {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Reçu : {amount}</translation>
    </message>
    <message>
        <source>Of which overdue: {amount}</source>
        <translation>Dont en retard : {amount}</translation>
    </message>
    <message>
        <source>Forecast: the month has not come yet.</source>
        <translation>Prévision : ce mois n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <source>Received over the last twelve months: {received}. Expected over the next three months: {expected}.</source>
        <translation>Reçu sur les douze derniers mois : {received}. Attendu sur les trois prochains mois : {expected}.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile and settings</source>
        <translation>Profil et paramètres</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Ta&amp;x and payment</source>
        <translation>Fiscalité et &amp;paiement</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>Préfé&amp;rences</translation>
    </message>
    <message>
        <source>Remin&amp;ders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>14 digits, needed before your first invoice</source>
        <translation>14 chiffres, nécessaire avant votre première facture</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom et prénom</translation>
    </message>
    <message>
        <source>&amp;Legal form</source>
        <translation>&amp;Forme juridique</translation>
    </message>
    <message>
        <source>&amp;Trade name</source>
        <translation>Nom &amp;commercial</translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Complément d&apos;a&amp;dresse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Code pos&amp;tal</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>&amp;Based in France</source>
        <translation>&amp;Basé en France</translation>
    </message>
    <message>
        <source>The guarantee of predictable payments (Basic, Express, Flash) is for freelancers based in France, on missions signed from 28 April 2025. Existing missions keep the situation they were signed under.</source>
        <translation>La garantie de paiements prévisibles (Basic, Express, Flash) est réservée aux freelances basés en France, pour les missions signées à partir du 28 avril 2025. Les missions existantes gardent la situation de leur signature.</translation>
    </message>
    <message>
        <source>20 % VAT</source>
        <translation>TVA 20 %</translation>
    </message>
    <message>
        <source>VAT franchise (art. 293 B of the CGI)</source>
        <translation>Franchise en base (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>Your invoices will carry no VAT and state “TVA non applicable, art. 293 B du CGI”.</source>
        <translation>Vos factures seront sans TVA et porteront la mention « TVA non applicable, art. 293 B du CGI ».</translation>
    </message>
    <message>
        <source>FR, then the key and the SIREN</source>
        <translation>FR, puis la clé et le SIREN</translation>
    </message>
    <message>
        <source>&amp;VAT regime</source>
        <translation>Régime de &amp;TVA</translation>
    </message>
    <message>
        <source>VAT n&amp;umber</source>
        <translation>N&amp;uméro de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>IBA&amp;N</source>
        <translation>IBA&amp;N</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>Invoice number p&amp;refix</source>
        <translation>Préfixe des numéros de &amp;facture</translation>
    </message>
    <message>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Moselle</source>
        <translation>Moselle</translation>
    </message>
    <message>
        <source>Alsace (Bas-Rhin, Haut-Rhin)</source>
        <translation>Alsace (Bas-Rhin, Haut-Rhin)</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>One backup a day at start (the last 7 days, 4 weeks and 12 months are kept), a copy before each migration, and the ones you make here.</source>
        <translation>Une sauvegarde par jour au démarrage (les 7 derniers jours, 4 semaines et 12 mois sont conservés), une copie avant chaque migration, et celles que vous faites ici.</translation>
    </message>
    <message>
        <source>&amp;Holiday zone</source>
        <translation>&amp;Zone des jours fériés</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Enter your full name</source>
        <translation>Saisissez vos nom et prénom</translation>
    </message>
    <message>
        <source>Choose a legal form from the list</source>
        <translation>Choisissez une forme juridique dans la liste</translation>
    </message>
    <message>
        <source>Invalid SIRET: 14 digits including the check digit</source>
        <translation>SIRET invalide : 14 chiffres dont la clé de contrôle</translation>
    </message>
    <message>
        <source>Invalid postcode: 5 digits in France</source>
        <translation>Code postal invalide : 5 chiffres en France</translation>
    </message>
    <message>
        <source>Invalid email address</source>
        <translation>Adresse e-mail invalide</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>Numéro de téléphone invalide</translation>
    </message>
    <message>
        <source>Invalid VAT number: check the country code and the digits</source>
        <translation>Numéro de TVA invalide : vérifiez le code pays et les chiffres</translation>
    </message>
    <message>
        <source>This VAT number does not match the SIREN (the first 9 digits of the SIRET)</source>
        <translation>Ce numéro de TVA ne correspond pas au SIREN (les 9 premiers chiffres du SIRET)</translation>
    </message>
    <message>
        <source>Invalid IBAN: check the country code, the key and the account number</source>
        <translation>IBAN invalide : vérifiez le code pays, la clé et le numéro de compte</translation>
    </message>
    <message>
        <source>Invalid BIC: 8 or 11 letters and digits</source>
        <translation>BIC invalide : 8 ou 11 lettres et chiffres</translation>
    </message>
    <message>
        <source>1 to 12 letters, digits, hyphens (-) or underscores (_), without spaces</source>
        <translation>1 à 12 lettres, chiffres, tirets (-) ou tirets bas (_), sans espace</translation>
    </message>
    <message>
        <source>Choose a zone from the list</source>
        <translation>Choisissez une zone dans la liste</translation>
    </message>
    <message>
        <source>Choose a language from the list</source>
        <translation>Choisissez une langue dans la liste</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Valeur invalide</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The profile could not be saved: {error}</source>
        <translation>Le profil n&apos;a pas pu être enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Saisissez le motif.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the reminders</source>
        <translation>Masquer les rappels</translation>
    </message>
    <message>
        <source>Hide the reminders until tomorrow (Escape)</source>
        <translation>Masquer les rappels jusqu&apos;à demain (Échap)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Show the activity reports</source>
        <translation>Voir les CRA</translation>
    </message>
    <message>
        <source>Show the Connect invoices</source>
        <translation>Voir les factures Connect</translation>
    </message>
    <message>
        <source>Connect Desktop reminders</source>
        <translation>Rappels de Connect Desktop</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Connect Desktop</source>
        <translation>Connect Desktop</translation>
    </message>
    <message>
        <source>Show Connect Desktop</source>
        <translation>Afficher Connect Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ReminderWording</name>
    <message>
        <source>{mission} ({month})</source>
        <translation>{mission} ({month})</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity report(s) to submit: {reports}</source>
        <translation>
            <numerusform>%n CRA à soumettre : {reports}</numerusform>
            <numerusform>%n CRA à soumettre : {reports}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to import ({amount} net): {missions}</source>
        <translation>
            <numerusform>%n facture à importer ({amount} net) : {missions}</numerusform>
            <numerusform>%n factures à importer ({amount} net) : {missions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) expected today: {amount} net ({missions})</source>
        <translation>
            <numerusform>%n paiement attendu aujourd&apos;hui : {amount} net ({missions})</numerusform>
            <numerusform>%n paiements attendus aujourd&apos;hui : {amount} net ({missions})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue payment(s): {amount} net, the oldest expected by {date} ({delay})</source>
        <translation>
            <numerusform>%n paiement en retard : {amount} net, attendu au plus tard le {date} ({delay})</numerusform>
            <numerusform>%n paiements en retard : {amount} net, le plus ancien attendu au plus tard le {date} ({delay})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>&amp;Activity reports not submitted by the last working day of the month</source>
        <translation>&amp;CRA non soumis au dernier jour ouvré du mois</translation>
    </message>
    <message>
        <source>Invoices to i&amp;mport</source>
        <translation>Factures à i&amp;mporter</translation>
    </message>
    <message>
        <source>Payments due toda&amp;y</source>
        <translation>Paiements attendus aujour&amp;d&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Overdue payments</source>
        <translation>Paiements en re&amp;tard</translation>
    </message>
    <message>
        <source>Connect Desktop reminds you at start and once a day, with a bar at the top of the window and a system notification where the desktop has one.</source>
        <translation>Connect Desktop vous le rappelle au démarrage puis une fois par jour, par un bandeau en haut de la fenêtre et par une notification du système quand le bureau en propose.</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>The payment option cannot change: this mission already has a validated CRA. Keep the option (and a signature date of the same regime).</source>
        <translation>L&apos;option de paiement ne peut plus changer : un CRA a déjà été validé pour cette mission. Gardez l&apos;option (et une date de signature du même régime).</translation>
    </message>
    <message>
        <source>Enter a title for the mission.</source>
        <translation>Saisissez l&apos;intitulé de la mission.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>The daily rate must be above zero.</source>
        <translation>Le TJM doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>The client payment term must be above zero.</source>
        <translation>Le délai de paiement du client doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This mission no longer exists: reload the list.</source>
        <translation>Cette mission n&apos;existe plus : rechargez la liste.</translation>
    </message>
    <message>
        <source>This payment option does not exist for the mission&apos;s regime.</source>
        <translation>Cette option de paiement n&apos;existe pas pour le régime de la mission.</translation>
    </message>
    <message>
        <source>The mission could not be saved: {reason}</source>
        <translation>La mission n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>These files are recorded for your invoices but are missing from the data folder. Nothing was removed from your invoices: put the files back, or restore a backup.

{files}</source>
        <translation>Ces fichiers sont enregistrés pour vos factures mais manquent dans le dossier des données. Rien n&apos;a été retiré de vos factures : remettez les fichiers en place, ou restaurez une sauvegarde.

{files}</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged. Restore the backup of {date} ({file})? The damaged file is kept beside the backups.</source>
        <translation>La base de données de {folder} est endommagée. Restaurer la sauvegarde du {date} ({file}) ? Le fichier endommagé est conservé avec les sauvegardes.</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged and was left as it is. Restore a backup from the backups folder, or copy the folder for support.</source>
        <translation>La base de données de {folder} est endommagée et a été laissée telle quelle. Restaurez une sauvegarde du dossier des sauvegardes, ou copiez le dossier pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>The backup {file} was not restored: {error}</source>
        <translation>La sauvegarde {file} n&apos;a pas été restaurée : {error}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No payment expected</source>
        <translation>Aucun paiement attendu</translation>
    </message>
    <message>
        <source>Next payment: {amount} on {date} ({mission})</source>
        <translation>Prochain paiement : {amount} le {date} ({mission})</translation>
    </message>
    <message>
        <source>Next payment: {amount} between {first} and {last} ({mission})</source>
        <translation>Prochain paiement : {amount} entre le {first} et le {last} ({mission})</translation>
    </message>
</context>
<context>
    <name>UpcomingPaymentsModel</name>
    <message>
        <source>Due now</source>
        <translation>Échu</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {name}</source>
        <translation>Bienvenue dans {name}</translation>
    </message>
    <message>
        <source>Keep your Connect missions, fill your monthly activity reports and see what you will be paid, and when, under each payment option.
Everything stays on this computer.</source>
        <translation>Gardez vos missions Connect, remplissez vos comptes rendus d’activité mensuels et voyez ce que vous serez payé, et quand, selon chaque option de paiement.
Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Complete my profile</source>
        <translation>Compléter mon profil</translation>
    </message>
    <message>
        <source>Load a sample</source>
        <translation>Charger un exemple</translation>
    </message>
    <message>
        <source>The sample holds five missions and 18 months of activity to explore.</source>
        <translation>L’exemple contient cinq missions et 18 mois d’activité à explorer.</translation>
    </message>
    <message>
        <source>Loading the sample…</source>
        <translation>Chargement de l’exemple…</translation>
    </message>
</context>
<context>
    <name>YearPanels</name>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Average delay</source>
        <translation>Délai moyen</translation>
    </message>
    <message>
        <source>Payments received per option</source>
        <translation>Paiements reçus par option</translation>
    </message>
    <message>
        <source>No payment received this year yet.</source>
        <translation>Aucun paiement reçu cette année pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Average delay: from the client&apos;s CRA validation to the payment.</source>
        <translation>Délai moyen : de la validation du CRA par le client au paiement.</translation>
    </message>
    <message>
        <source>Payments received in {year}, per option</source>
        <translation>Paiements reçus en {year}, par option</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>What the options cost</source>
        <translation>Ce que coûtent les options</translation>
    </message>
    <message>
        <source>No payment received this year yet: nothing to compare.</source>
        <translation>Aucun paiement reçu cette année : rien à comparer pour l&apos;instant.</translation>
    </message>
</context>
</TS>

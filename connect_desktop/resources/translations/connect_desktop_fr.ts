<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>MainWindow</name>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
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
        <source>Copies of the database taken before each migration.</source>
        <translation>Copies de la base de données prises avant chaque migration.</translation>
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
</TS>

; Inno Setup 6 script: the Windows installer of Connect Desktop.
;
; Build the one-folder bundle first (python -m PyInstaller build.spec --noconfirm --clean),
; then run packaging\windows\build-installer.ps1, which calls:
;     ISCC.exe /DAppVersion=<version> packaging\windows\connect-desktop.iss
; Output: dist\connect-desktop-<version>-windows-setup.exe
;
; Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\Connect Desktop.
; The user's data (%LOCALAPPDATA%\Connect Desktop\) is another folder, which neither the
; installer nor the uninstaller ever touches.

#define AppName "Connect Desktop"
#define AppExeName "connect-desktop.exe"
; The real version comes from the command line; this one only keeps a bare compile working.
#ifndef AppVersion
#define AppVersion "0.0.0"
#endif

[Setup]
; Never change the AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{E5F7D20D-B3CF-44DA-B6E6-44E4BF4AE162}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Paths below are relative to the repository's root, two levels up from this script.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=connect-desktop-{#AppVersion}-windows-setup
SetupIconFile=connect_desktop\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; lowest: no UAC prompt; {autopf} then means {userpf}, that is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Offers to close a running Connect Desktop whose files are about to be replaced.
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; French or English follows the Windows language; other languages get the choice.
ShowLanguageDialog=auto

[Languages]
; The first one is the default when the Windows language is neither.
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AppComment=Missions, CRA, paiements et factures des freelances Connect
en.AppComment=Missions, CRA, payments and invoices for Connect freelancers

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries or Qt plugins left over from an older
; version would otherwise be loaded next to the new ones. Program files only.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\connect-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only the files installed
; above, and never the user's data folder (%LOCALAPPDATA%\Connect Desktop\: database,
; attachments, backups), so that a reinstall finds everything again.

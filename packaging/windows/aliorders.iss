; Inno Setup 6.3+ script for the aliorders Windows installer. build_installer.py compiles it as
;   ISCC /DAppVersion=<version> /DAppDir=<dist\aliorders> /DOutputDir=<dist> aliorders.iss
; so the version always comes from aliorders_desktop.__version__ and this file never needs editing.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build_installer.py does this)
#endif
#ifndef AppDir
  #define AppDir SourcePath + "..\..\dist\aliorders"
#endif
#ifndef OutputDir
  #define OutputDir SourcePath + "..\..\dist"
#endif

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{3025FC13-220A-41A7-A033-5966132CB357}
AppName=aliorders
AppVersion={#AppVersion}
AppVerName=aliorders {#AppVersion}
AppPublisher=aliorders
DefaultDirName={autopf}\aliorders
DefaultGroupName=aliorders
DisableProgramGroupPage=yes
; Installs for the current user without admin rights; an admin may choose all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=aliorders-{#AppVersion}-windows-setup
SetupIconFile={#SourcePath}..\..\resources\aliorders.ico
UninstallDisplayIcon={app}\aliorders.exe
UninstallDisplayName=aliorders
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\aliorders"; Filename: "{app}\aliorders.exe"
Name: "{group}\Uninstall aliorders"; Filename: "{uninstallexe}"
Name: "{autodesktop}\aliorders"; Filename: "{app}\aliorders.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\aliorders.exe"; Description: "{cm:LaunchProgram,aliorders}"; Flags: nowait postinstall skipifsilent

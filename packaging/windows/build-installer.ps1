<#
.SYNOPSIS
    Builds dist\connect-desktop-<version>-windows-setup.exe with Inno Setup 6.

.DESCRIPTION
    Needs the one-folder bundle dist\connect-desktop\ (python -m PyInstaller build.spec
    --noconfirm --clean). Finds ISCC.exe ($env:ISCC, the usual Inno Setup 6 folders, then
    PATH), passes it the version and stops at the first error.

.PARAMETER Version
    The version written into the installer; by default connect_desktop.__version__.
#>
[CmdletBinding()]
param(
    [string]$Version = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Script = Join-Path $PSScriptRoot "connect-desktop.iss"

function Find-Iscc {
    $candidates = @()
    if ($env:ISCC) { $candidates += $env:ISCC }
    # Machine-wide installs (the CI image, Chocolatey), then a per-user install.
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if ($base) { $candidates += Join-Path $base "Inno Setup 6\ISCC.exe" }
    }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    $command = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    throw "ISCC.exe not found: install Inno Setup 6 (for example: choco install innosetup) or set `$env:ISCC."
}

Push-Location $Root
try {
    if (-not (Test-Path -LiteralPath "dist\connect-desktop\connect-desktop.exe" -PathType Leaf)) {
        throw "dist\connect-desktop\connect-desktop.exe is missing: run python -m PyInstaller build.spec --noconfirm --clean first."
    }
    if (-not $Version) {
        $Version = (& python -c "import connect_desktop; print(connect_desktop.__version__)" | Out-String).Trim()
        if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "Could not read the version of connect_desktop." }
    }

    $iscc = Find-Iscc
    Write-Host "Inno Setup: $iscc; version $Version"
    & $iscc "/DAppVersion=$Version" $Script
    if ($LASTEXITCODE -ne 0) { throw "ISCC.exe failed (exit code $LASTEXITCODE)." }

    $setup = Join-Path $Root "dist\connect-desktop-$Version-windows-setup.exe"
    if (-not (Test-Path -LiteralPath $setup -PathType Leaf)) { throw "$setup was not written." }
    Write-Host "Wrote $setup"
}
finally {
    Pop-Location
}

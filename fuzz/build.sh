#!/usr/bin/env bash
# Builds the fuzz targets into OUT (default: .ci/out/fuzz/bin) and instruments them for AFL++ with SharpFuzz:
# BudgetModel.dll, BudgetModel.Import.dll and PdfPig's parsing assemblies (so that coverage reaches into the PDF
# parser). The SharpFuzz.CommandLine tool comes from the repository's tool manifest (.config/dotnet-tools.json).
# Usage: fuzz/build.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.ci/out/fuzz/bin}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
rm -rf "$out"
if ! dotnet publish fuzz/BudgetModel.Fuzz -c Release -o "$out" > "$out.build.log" 2>&1; then
  tail -n 30 "$out.build.log"
  echo "fuzz build failed"
  exit 1
fi
# Instrumented in place; the order does not matter. PdfPig.Fonts and .Tokenization hold the font and lexer code a
# damaged PDF reaches first.
for dll in BudgetModel.dll BudgetModel.Import.dll UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll \
           UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Fonts.dll; do
  dotnet sharpfuzz "$out/$dll" > /dev/null
done
echo "fuzz targets built and instrumented in $out"

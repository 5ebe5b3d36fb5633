#!/bin/sh
# Regenerates docs/images/export-*.png from the project-delay example (run from the repo root).
set -e
T=$(mktemp -d)
EX=examples/project-delay.json
npm run --silent ccr -- export actions $EX -o $T/actions.docx >/dev/null
npm run --silent ccr -- export minutes $EX -o $T/minutes.docx >/dev/null
npm run --silent ccr -- export minutes $EX --layout gongwen -o $T/gongwen.docx >/dev/null
npm run --silent ccr -- export record $EX -o $T/record.docx >/dev/null 2>&1 || true
# Song/Fang Song in Noto Serif CJK, as Word and WPS show them (see the file).
export FONTCONFIG_FILE="$PWD/test/fixtures/fontconfig/ccr-fonts.conf"
cd $T && soffice --headless --convert-to pdf *.docx >/dev/null 2>&1 && cd - >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile $T/actions.pdf docs/images/export-actions
pdftoppm -png -r 80 -f 1 -l 1 -singlefile $T/minutes.pdf docs/images/export-minutes
pdftoppm -png -r 80 -f 1 -l 1 -singlefile $T/gongwen.pdf docs/images/export-minutes-gongwen
[ -f $T/record.pdf ] && pdftoppm -png -r 80 -f 1 -l 1 -singlefile $T/record.pdf docs/images/export-record
echo $T

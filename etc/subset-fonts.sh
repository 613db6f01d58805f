#!/usr/bin/env bash
# Makes the font subsets that certificates embed (src/Minor.Platform.Documents/Assets/Fonts), once, from Debian's
# Noto Sans (SIL Open Font License 1.1, no Reserved Font Name). The ranges cover Dutch and names in any Latin script:
# Latin-1, Latin Extended-A/B and Additional (Turkish, Polish, Vietnamese, ...), combining marks, punctuation, euro.
# Needs: apt-get install -y fonts-noto-core fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Minor.Platform.Documents/Assets/Fonts
mkdir -p "$out"
ranges="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0180-024F,U+0259,U+02BB-02BC,U+02C6-02DD,U+0300-036F,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+20AC,U+2122"
for style in Regular Bold; do
  pyftsubset "/usr/share/fonts/truetype/noto/NotoSans-$style.ttf" \
    --unicodes="$ranges" --layout-features='kern,liga,ccmp,locl,mark,mkmk' \
    --no-hinting --desubroutinize --name-IDs='*' --name-languages='*' \
    --output-file="$out/NotoSans-$style.subset.ttf"
done
ls -l "$out"

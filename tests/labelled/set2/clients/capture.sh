#!/bin/sh
# A sendmail stand-in for neomutt and s-nail: keep the message instead of sending it.
cat > "$CAPTURE_OUT"

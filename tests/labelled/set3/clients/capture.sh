#!/bin/sh
# A stand-in for sendmail: the real client hands us the finished message on stdin and we keep
# it in $CAPTURE_OUT instead of sending it anywhere.
cat > "$CAPTURE_OUT"

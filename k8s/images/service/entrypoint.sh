#!/bin/sh
# `python -m $APP_MODULE` with the container's arguments (a Deployment's `args`), or with
# $APP_COMMAND when it was given none (the image's default, e.g. `serve`).
set -eu
if [ "$#" -eq 0 ] && [ -n "${APP_COMMAND:-}" ]; then
    # shellcheck disable=SC2086 # APP_COMMAND may hold several words
    set -- $APP_COMMAND
fi
exec python -m "$APP_MODULE" "$@"

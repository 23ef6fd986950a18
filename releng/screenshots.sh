#!/usr/bin/env bash
# Launches the built product on the current X display (Xvfb from ./dev screenshots) with a fresh home and the
# demo trust, signs in through the real sign-in screen with the keyboard (xdotool), and saves a screenshot
# of the sign-in screen and of each perspective.   usage: screenshots.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
product=$1 out=$2
mkdir -p "$out"
home=$(mktemp -d)
export CUSTODIAN_HOME=$home
wm=
if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & wm=$!; sleep 1; fi
"$product/custodian" --demo >"$home/console.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; [ -z "$wm" ] || kill $wm 2>/dev/null || true; rm -rf "$home"' EXIT

wait_window() {
  for _ in $(seq 1 90); do
    win=$(xdotool search --name '^Custodian$' 2>/dev/null | head -1 || true)
    [ -n "$win" ] && { echo "$win"; return 0; }
    sleep 1
  done
  echo "the console window did not appear; log:" >&2; cat "$home/console.log" >&2; return 1
}
shot() { sleep "${2:-3}"; import -window root -crop 1400x900+0+0 "$out/$1.png"; echo "saved $out/$1.png"; }

win=$(wait_window)
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
xdotool windowsize "$win" 1360 860 2>/dev/null || true
xdotool windowmove "$win" 20 20 2>/dev/null || true
sleep 4
shot 0-sign-in 1
# focus starts in the password field (the user name is pre-filled); tab through the repeat fields
# slowly, with a pause after each field: on a loaded machine keystrokes typed fast land in the wrong field
sleep 6
for secret in "demo password" "demo password" "demo boot password" "demo boot password"; do
  xdotool key ctrl+a; xdotool type --delay 60 "$secret"; sleep 1; xdotool key Tab; sleep 3
done
xdotool key Return
# seeding the demo trust (100,000 events) takes a minute or two; the title names the user once signed in
for _ in $(seq 1 600); do
  xdotool search --name '^Custodian — ' >/dev/null 2>&1 && break
  sleep 1
done
xdotool search --name '^Custodian — ' >/dev/null || { echo "sign-in did not finish; log:" >&2; tail -40 "$home/console.log" >&2; exit 1; }
# the pointer goes to the corner, outside the window, so that no tooltip covers what is shown
xdotool mousemove 1395 895
# the start page comes first after sign-in; it reassesses when the demo trust has been seeded
shot 0b-start 20
# the start page's second tab: the DSPT outcomes rated from the same findings
xdotool key ctrl+Next; shot 0c-dspt-outcomes 15
xdotool key ctrl+Prior
xdotool key ctrl+1; shot 1-access 5
# the Access parts share one stack: Ctrl+Page Down moves to the next tab
xdotool key ctrl+Next; shot 1b-access-alerts 20
xdotool key ctrl+Next; shot 1c-access-timeline
xdotool key ctrl+Next; shot 1d-access-cases
xdotool key ctrl+Next; shot 1e-access-trail
xdotool key ctrl+2; shot 2-backup-dr 8
# one part per view: test runs, PACS nodes, backup policies
xdotool key ctrl+Next; shot 2c-backup-dr-runs 6
xdotool key ctrl+Next; shot 2b-backup-dr-registers 6
xdotool key ctrl+Next; shot 2d-backup-dr-policies 6
xdotool key ctrl+3; shot 3-suppliers
# one part per view: agreements, everyone's assurance, the labelling check
xdotool key ctrl+Next; shot 3b-suppliers-agreements 6
xdotool key ctrl+Next; shot 3c-suppliers-assurance 6
xdotool key ctrl+Next; shot 3d-suppliers-labelling 6
xdotool key ctrl+4; shot 4-people
# one part per view: training (with the chart), due, training needs, policies, the review queue, accounts,
# movers' reviews, leavers
xdotool key ctrl+Next; shot 4b-people-training 8
xdotool key ctrl+Next ctrl+Next; shot 4f-people-training-needs 6
xdotool key ctrl+Next; shot 4g-people-policies 6
xdotool key ctrl+Next; shot 4c-people-account-review 6
xdotool key ctrl+Next; shot 4d-people-accounts 6
xdotool key ctrl+Next; shot 4e-people-movers-reviews 6
echo "---- console log"; tail -20 "$home/console.log"

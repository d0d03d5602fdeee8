#!/usr/bin/env bash
# Builds a liveness test set from the sample photos with Debian's ffmpeg: live/ holds the photos as taken; recaptured/
# holds, for each photo, what an impostor would show the gate camera instead of a face —
#   -reencoded : the photo shrunk, saved twice at low JPEG quality and blown up again (a picture sent round by phone);
#   -screen    : the photo as a screen shows it to a camera (gamma and colour shift, a visible pixel grid, glare);
#   -moire     : the interference pattern a camera sees when it films a screen or a halftone print;
#   -flat      : a small print held up in front of a flat wall (the face surrounded by a uniform background).
# Printed-and-photographed pictures are not available here; these are stand-ins for them, and `evaluate-liveness`
# reports each kind apart so that nobody mistakes them for the real thing.
# Usage: bench/liveness/make-set.sh [photos=.native/photos] [out=.native/liveness-set]
set -euo pipefail
photos="${1:-.native/photos}"
out="${2:-.native/liveness-set}"
rm -rf "$out"; mkdir -p "$out/live" "$out/recaptured"
ff() { ffmpeg -loglevel error -y "$@"; }
for photo in "$photos"/*.jpg; do
  name="$(basename "$photo" .jpg)"
  cp "$photo" "$out/live/$name.jpg"
  tmp="$out/recaptured/$name-tmp.jpg"
  ff -i "$photo" -vf "scale=iw/2:-2" -q:v 24 "$tmp"
  ff -i "$tmp" -vf "scale=iw*2:-2" -q:v 20 "$out/recaptured/$name-reencoded.jpg"
  rm -f "$tmp"
  ff -i "$photo" -vf "eq=gamma=1.25:saturation=1.3:contrast=0.9,geq=r='r(X,Y)*(0.80+0.20*eq(mod(X,3),0))':g='g(X,Y)*(0.80+0.20*eq(mod(X,3),1))':b='b(X,Y)*(0.80+0.20*eq(mod(X,3),2))',vignette=angle=PI/5:mode=backward" -q:v 3 "$out/recaptured/$name-screen.jpg"
  ff -i "$photo" -vf "geq=lum='clip(lum(X,Y)+22*sin(X*0.55+Y*0.21)*sin(X*0.07-Y*0.49),0,255)':cb='cb(X,Y)+6*sin(X*0.31+Y*0.4)':cr='cr(X,Y)'" -q:v 3 "$out/recaptured/$name-moire.jpg"
  ff -i "$photo" -vf "scale=iw*0.45:-2,pad=iw/0.45:ih/0.45:(ow-iw)/2:(oh-ih)/2:color=0xB8B4AC" -q:v 3 "$out/recaptured/$name-flat.jpg"
done
echo "live: $(ls "$out/live" | wc -l) photos, recaptured: $(ls "$out/recaptured" | wc -l) images in $out"

#!/bin/sh
# Regenerates template.xlsx (the template cnn-grader writes for rubrics/e1394-ps2.yaml) and the copies a team edited
# (make.py, openpyxl).
set -e
cd "$(dirname "$0")"
java -jar ../../../../target/cnn-grader.jar template ../../../../rubrics/e1394-ps2.yaml -o template.xlsx
/usr/bin/python3 make.py

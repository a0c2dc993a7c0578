"""Runs Debian's wapiti 3.0.4 on Python 3.11+.

Its crawler turns every --exclude pattern into a regular expression with the flags at the end
("\\Z(?ms)"), which Python 3.11 refuses; the scan then dies before it starts. This sets the flags
at the start instead and hands over to wapiti unchanged. Usage: python3 bench/wapiti.py ARGS...
"""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())

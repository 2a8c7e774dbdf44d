import os
import os.path
import xml.dom.minidom as md
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent as par
from os import *

def f():
    import json
    import email.mime.text
    from sys import argv as av
    return json, email, av

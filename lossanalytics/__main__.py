"""`python -m lossanalytics` runs the command line."""

import sys

from lossanalytics.cli import main

sys.exit(main())

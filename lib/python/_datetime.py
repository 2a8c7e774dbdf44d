"""The accelerated datetime module of CPython has no separate counterpart
in Taipan: this module re-exports the types of the datetime module, so
that code (and tests) asking for _datetime find the same classes."""

from datetime import (MINYEAR, MAXYEAR, date, time, datetime, timedelta,
                      tzinfo, timezone)

"""Re-saving generated workbooks through LibreOffice, the way real submissions reach the reform office.

Shared by both layout generators (generate_layouts.py and second_opinion.py): they differ in the layouts
they draw, not in how a file is re-saved.
"""

import os
import shutil
import subprocess
import sys
import tempfile


def resave_with_libreoffice(paths):
    """Re-saves each workbook through LibreOffice headless (one start for all), replacing it in place."""
    if not paths:
        return
    # A private profile: a second soffice (or a user's open one) would otherwise make this one exit at once.
    profile = tempfile.mkdtemp(prefix="lo-layouts-")
    staging = tempfile.mkdtemp(prefix="layouts-lo-out-")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", staging] + list(paths),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for path in paths:
            converted = os.path.join(staging, os.path.basename(path))
            if not os.path.exists(converted):
                sys.exit(f"LibreOffice did not convert {path}")
            shutil.move(converted, path)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)

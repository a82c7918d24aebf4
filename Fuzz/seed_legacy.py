"""Seeds the biff and ods fuzz targets: the Workbook/Book stream of each .xls (read with the
stdlib-only CFB reader of the shared corpus's inspect_legacy.py, when present) or the
content.xml of each .ods found below the given folders.

    python3 Fuzz/seed_legacy.py biff|ods CORPUS_DIR FOLDER...
"""
import importlib.util
import os
import sys
import zipfile


def main():
    target, out, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    cfb_module = None
    for folder in folders:
        script = os.path.join(folder, "inspect_legacy.py")
        if target == "biff" and os.path.exists(script):
            spec = importlib.util.spec_from_file_location("inspect_legacy", script)
            cfb_module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(cfb_module)
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                path = os.path.join(root, name)
                try:
                    if target == "ods" and name.endswith(".ods") and zipfile.is_zipfile(path):
                        with zipfile.ZipFile(path) as package:
                            data = package.read("content.xml")
                    elif target == "biff" and name.endswith(".xls") and cfb_module is not None:
                        data = workbook_stream(cfb_module, path)
                    else:
                        continue
                except Exception:  # a malformed input is simply not a seed
                    continue
                if data and len(data) < 300_000:
                    with open(os.path.join(out, name), "wb") as seed:
                        seed.write(data)


def workbook_stream(module, path):
    with open(path, "rb") as handle:
        cfb = module.CFB(handle.read())
    names = {name.lower(): index for name, index in cfb.root_names().items()}
    index = names.get("workbook", names.get("book"))
    return cfb.read(index) if index is not None else None


if __name__ == "__main__":
    main()

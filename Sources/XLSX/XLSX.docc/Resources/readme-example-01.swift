import XLSX

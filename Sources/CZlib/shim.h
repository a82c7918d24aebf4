#ifndef PLANSHEET_CZLIB_SHIM_H
#define PLANSHEET_CZLIB_SHIM_H
#include <zlib.h>
#endif

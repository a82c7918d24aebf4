#ifndef PLANSHEET_CLIBXML2_SHIM_H
#define PLANSHEET_CLIBXML2_SHIM_H
// libxml2 built with ICU pulls in <unicode/*.h>, whose types clash with the ICU
// module inside Foundation ("'UErrorCode' has different definitions"). Reading the
// version header first and turning the ICU switch off keeps those headers out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif

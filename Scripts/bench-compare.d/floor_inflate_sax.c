/* Floor 2 of Scripts/bench-compare: inflate a sheet's raw deflate stream with zlib and feed
 * every 64 KiB of XML to libxml2's SAX2 push parser (xmlParseChunk) whose callbacks do nothing.
 * This is the least any reader built on zlib + libxml2 SAX can spend on the sheet.
 * Usage: floor_inflate_sax SHEET.deflate      (prints the element count) */
#include <stdio.h>
#include <string.h>
#include <zlib.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

static unsigned long long elements;

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nb_ns,
                     const xmlChar **ns, int nb_attr, int nb_default, const xmlChar **attrs) {
    (void)ctx; (void)local; (void)prefix; (void)uri; (void)nb_ns; (void)ns; (void)nb_attr; (void)nb_default; (void)attrs;
    elements++; /* one increment, so the callback cannot be optimised away */
}
static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)ctx; (void)local; (void)prefix; (void)uri;
}
static void on_characters(void *ctx, const xmlChar *text, int length) { (void)ctx; (void)text; (void)length; }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s SHEET.deflate\n", argv[0]); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, "sheet.xml");
    xmlCtxtUseOptions(parser, XML_PARSE_NONET);
    static unsigned char in[1 << 16], out[1 << 16];
    z_stream z = {0};
    if (inflateInit2(&z, -15) != Z_OK) return 1;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        z.avail_in = (uInt)fread(in, 1, sizeof in, file);
        if (z.avail_in == 0) break;
        z.next_in = in;
        while (z.avail_in > 0 && status != Z_STREAM_END) {
            z.next_out = out;
            z.avail_out = sizeof out;
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END) { fprintf(stderr, "inflate: %d\n", status); return 1; }
            if (xmlParseChunk(parser, (const char *)out, (int)(sizeof out - z.avail_out), 0) != 0) {
                fprintf(stderr, "xml error\n");
                return 1;
            }
        }
    }
    xmlParseChunk(parser, NULL, 0, 1);
    xmlFreeParserCtxt(parser);
    inflateEnd(&z);
    fclose(file);
    printf("%llu\n", elements);
    return 0;
}

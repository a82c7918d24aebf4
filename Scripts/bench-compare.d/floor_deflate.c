/* Floor 3 of Scripts/bench-compare: only deflate a sheet's XML with zlib (raw deflate, as in a
 * ZIP entry) at a given level, 64 KiB in, 64 KiB out, output thrown away.
 * Usage: floor_deflate SHEET.xml LEVEL      (prints the compressed byte count) */
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s SHEET.xml LEVEL\n", argv[0]); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    static unsigned char in[1 << 16], out[1 << 16];
    z_stream z = {0};
    if (deflateInit2(&z, atoi(argv[2]), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 1;
    unsigned long long total = 0;
    int flush = Z_NO_FLUSH;
    do {
        z.avail_in = (uInt)fread(in, 1, sizeof in, file);
        z.next_in = in;
        flush = feof(file) ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = out;
            z.avail_out = sizeof out;
            deflate(&z, flush);
            total += sizeof out - z.avail_out;
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    fclose(file);
    printf("%llu\n", total);
    return 0;
}

/* Floor 1 of Scripts/bench-compare: only inflate a sheet's raw deflate stream with zlib.
 * Input: the entry's compressed bytes as stored in the .xlsx (raw deflate, window bits -15),
 * read in 64 KiB chunks, inflated into a 64 KiB buffer that is thrown away.
 * Usage: floor_inflate SHEET.deflate      (prints the inflated byte count) */
#include <stdio.h>
#include <zlib.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s SHEET.deflate\n", argv[0]); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    static unsigned char in[1 << 16], out[1 << 16];
    z_stream z = {0};
    if (inflateInit2(&z, -15) != Z_OK) return 1;
    unsigned long long total = 0;
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
            total += sizeof out - z.avail_out;
        }
    }
    inflateEnd(&z);
    fclose(file);
    printf("%llu\n", total);
    return 0;
}

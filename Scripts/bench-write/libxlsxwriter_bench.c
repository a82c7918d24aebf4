/* Writes the bench-write workload with libxlsxwriter in constant_memory mode.
 * Built at run time by Scripts/bench-write.sh: cc -O2 libxlsxwriter_bench.c -lxlsxwriter
 * Usage: libxlsxwriter_bench ROWS OUTPUT.xlsx   (prints the seconds spent to stderr) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s ROWS OUTPUT.xlsx\n", argv[0]); return 2; }
    long rows = atol(argv[1]);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *book = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "bench");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    const char *statuses[] = {"順調", "遅れ", "完了", "未着手"};
    const char *header[] = {"id", "value", "status", "code", "title", "date", "amount", "rate", "dept", "ratio"};
    char titles[500][64], departments[20][32], code[32];
    for (int k = 0; k < 500; k++) snprintf(titles[k], sizeof titles[k], "行財政改革 取組%d", k);
    for (int k = 0; k < 20; k++) snprintf(departments[k], sizeof departments[k], "部署%02d", k);
    for (int c = 0; c < 10; c++) worksheet_write_string(sheet, 0, c, header[c], NULL);
    for (long i = 0; i < rows; i++) {
        lxw_row_t r = (lxw_row_t)(i + 1);
        worksheet_write_number(sheet, r, 0, (double)i, NULL);
        worksheet_write_number(sheet, r, 1, (double)i * 0.25 + 0.125, NULL);
        worksheet_write_string(sheet, r, 2, statuses[i % 4], NULL);
        snprintf(code, sizeof code, "ID-%07ld", i);
        worksheet_write_string(sheet, r, 3, code, NULL);
        worksheet_write_string(sheet, r, 4, titles[i % 500], NULL);
        worksheet_write_number(sheet, r, 5, (double)(43922 + i % 3650), date);
        worksheet_write_number(sheet, r, 6, (double)((i % 1000) * 1000), NULL);
        worksheet_write_number(sheet, r, 7, (double)(i % 100) / 100.0, NULL);
        worksheet_write_string(sheet, r, 8, departments[i % 20], NULL);
        worksheet_write_number(sheet, r, 9, (double)i / 7.0, NULL);
    }
    lxw_error error = workbook_close(book);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (error) { fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(error)); return 1; }
    fprintf(stderr, "libxlsxwriter: %.3f s\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    return 0;
}

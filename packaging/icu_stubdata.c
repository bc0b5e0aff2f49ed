/*
 * ICU "stub data" for the frozen Linux build.
 *
 * Qt links ICU, whose data library (libicudata, ~31 MB) is mostly collation and
 * locale tables. Parallax uses none of the ICU-backed Qt features (QCollator,
 * non-Unicode codecs, locale-specific case mapping): Qt's own Unicode tables do
 * text layout, boundaries and searching. This is the empty common-data header that
 * ICU's own `stubdata` library builds; ICU then reports missing data instead of
 * reading tables. The symbol name carries the ICU major version (icudt73_dat, ...),
 * passed in by build.spec as ICU_DATA_SYMBOL.
 */
#include <stdint.h>

typedef struct {
    uint16_t headerSize;
    uint8_t magic1, magic2;
    uint16_t size, reservedWord;
    uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
    uint8_t dataFormat[4], formatVersion[4], dataVersion[4];
    char padding[8];
    uint32_t count, reserved;
} CommonDataHeader;

__attribute__((visibility("default"))) const CommonDataHeader ICU_DATA_SYMBOL = {
    32, 0xda, 0x27,              /* header size, magic */
    20, 0,                       /* sizeof(UDataInfo) */
    0, 0, 2, 0,                  /* little endian, ASCII family, 2-byte UChar */
    {'C', 'm', 'n', 'D'},        /* common data format */
    {1, 0, 0, 0}, {0, 0, 0, 0},
    {0},
    0, 0                         /* no entries */
};

#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define ACRNET_TEXTSEARCH_SSE2 1
#endif

namespace acrnet {

// Whether `needle` occurs in `haystack`, byte for byte. The filters ask this of 100,000 texts per keystroke, most
// of which hold the needle's first letter many times ("s" in every resource ID) and the needle not at all: a
// search that stops at each first letter (std::string_view::find) spends its time there. With SSE2 this checks 16
// positions at once for the needle's first and last bytes together and compares only where both are in place.
inline bool containsBytes(std::string_view haystack, std::string_view needle)
{
    const std::size_t n = haystack.size();
    const std::size_t m = needle.size();
    if (m == 0)
        return true;
    if (m > n)
        return false;
    if (m == 1)
        return std::memchr(haystack.data(), needle[0], n) != nullptr;
    std::size_t i = 0;
#if defined(ACRNET_TEXTSEARCH_SSE2)
    const char *h = haystack.data();
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[m - 1]);
    // Block i covers starting positions i…i+15; its last bytes are at i+m-1…i+m+14, all inside the haystack.
    for (; i + m + 15 <= n; i += 16) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const __m128i atLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + m - 1));
        unsigned mask =
            unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(atFirst, first), _mm_cmpeq_epi8(atLast, last))));
        while (mask != 0) {
            const std::size_t at = i + std::size_t(__builtin_ctz(mask));
            if (std::memcmp(h + at + 1, needle.data() + 1, m - 2) == 0)
                return true;
            mask &= mask - 1;
        }
    }
#endif
    return haystack.substr(i).find(needle) != std::string_view::npos;
}

} // namespace acrnet

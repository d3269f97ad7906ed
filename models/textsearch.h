#pragma once

#include <cstddef>
#include <cstdint>
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

// Which kinds of byte a text holds, one bit per kind: each letter, each digit and the separators IDs and names use
// have a bit of their own; the other bytes share the remaining 21. A text that lacks a bit a word needs cannot hold
// the word, and the filter knows it without reading the text's bytes (which are what costs: 100,000 texts spread
// over memory); a one-byte word with a bit of its own is answered by the bits alone.
constexpr int byteKind(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    switch (c) {
    case '-':
        return 36;
    case '.':
        return 37;
    case '/':
        return 38;
    case '_':
        return 39;
    case ' ':
        return 40;
    case ':':
        return 41;
    case ',':
        return 42;
    default:
        return 43 + c % 21;
    }
}

constexpr bool byteKindIsOwn(unsigned char c)
{
    return byteKind(c) < 43;
}

inline std::uint64_t byteKinds(std::string_view text)
{
    std::uint64_t kinds = 0;
    for (const char c : text)
        kinds |= std::uint64_t(1) << byteKind(static_cast<unsigned char>(c));
    return kinds;
}

} // namespace acrnet

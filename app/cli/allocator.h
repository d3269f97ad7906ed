#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace acrnet {

// Called first thing in main(), before any thread starts. Pages of JSON are parsed on worker threads and what
// they build is kept and freed by the GUI thread; with glibc's default of one allocation arena per thread, the
// memory those threads freed stayed with their arenas and the process grew by a quarter at 20,000 subnets
// (tests/bench/inventory.sh). One arena lets the GUI thread reuse it; the workers allocate little, so they
// rarely wait for it.
inline void useOneAllocationArena()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace acrnet

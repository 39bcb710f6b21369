# How the build stays quick (CI compiles the core three times: native, sanitized, wasm).
#
# - The core is compiled as a unity build: almost every core file includes nlohmann/json, whose
#   parsing dominates each translation unit, so a few batches compile much faster than fifty files.
#   File-local names (static functions, anonymous namespaces) must therefore be unique across
#   wasm/src: a clash is a compile error, fixed by renaming, never by leaving a file out.
# - The GoogleTest files are compiled without optimisation and with one precompiled header
#   (GoogleTest + nlohmann/json): they only drive the core, which keeps its own optimisation.
#   The property tests that loop over thousands of generated contests in the test file itself are
#   the exception: unoptimised and under the sanitizers they would take minutes.

set(AGAINST_ALL_UNITY_BATCH 11 CACHE STRING "Core files per unity batch (0 turns the unity build off)")

set(AGAINST_ALL_LOOPING_TESTS
  test_swing_properties.cpp
  test_decision_properties.cpp
  test_settle_and_curve.cpp)

function(against_all_unity target)
  if(AGAINST_ALL_UNITY_BATCH GREATER 0)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${AGAINST_ALL_UNITY_BATCH})
  endif()
endfunction()

function(against_all_quick_tests target)
  target_precompile_headers(${target} PRIVATE <gtest/gtest.h> <nlohmann/json.hpp> <string> <vector>)
  target_compile_options(${target} PRIVATE -O0)
  foreach(file ${AGAINST_ALL_LOOPING_TESTS})
    # A precompiled header made at -O0 cannot serve an optimised file (clang refuses the mismatch).
    set_source_files_properties(${CMAKE_SOURCE_DIR}/tests/cpp/${file} PROPERTIES
      COMPILE_OPTIONS -O1 SKIP_PRECOMPILE_HEADERS ON)
  endforeach()
endfunction()

# The WebAssembly builds (included from the top CMakeLists under emcmake):
#   lede_web  -> lede_web.js  + lede_web.wasm  ES module for browsers and workers
#   lede_node -> lede_node.js + lede_node.wasm CommonJS module for node tests and tools
#
# Optimization: -O3 (CMAKE_CXX_FLAGS_RELEASE) with -flto at compile and link
# (without LTO 15% slower on the text layer; -O2 8% and -Os 3x slower), plus
# the wasm features of every current browser (Chrome 91, Firefox 89, Safari
# 16.4; node 16.4): SIMD for the loops clang vectorizes, sign extension, bulk
# memory (memcpy as one instruction), non-trapping float-to-int.
# -fno-exceptions: nothing in lede throws, and Emscripten's default build cannot
# catch anyway, so nlohmann's throw sites become aborts. Together 12% faster
# than -O3 -flto alone; dlmalloc (the default) beats emmalloc by 5%. Figures:
# docs/performance.md. --closure 1 needs a closure-compiler that Debian does
# not ship in a usable version.
set(LEDE_WASM_COMPILE_FLAGS -flto -msimd128 -msign-ext -mbulk-memory -mnontrapping-fptoint
  -fno-exceptions)
# malloc and free: wasm/lede.js writes the text straight into wasm memory.
# wasm-opt inlines a function with one caller whatever its size, which made
# analyze_to_json one function of 65,000 nodes (every stage in it); V8
# compiles a function that huge with its cheaper register allocator, and the
# whole analysis ran 5.5% more instructions. Up to 2,000 nodes no function
# is that big (the largest are what clang inlined, write_contract 17,500):
# 6-9% faster in paired runs, the same size. docs/performance.md.
set(LEDE_WASM_FLAGS
  --bind -sMODULARIZE=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
  -sINITIAL_MEMORY=32MB -sTOTAL_STACK=1MB -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0
  -sEXPORTED_FUNCTIONS=_malloc,_free
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=2000
  ${LEDE_WASM_COMPILE_FLAGS})
target_compile_options(lede_core PRIVATE ${LEDE_WASM_COMPILE_FLAGS})

# libc's memchr and memcmp replaced (wasm/byte_search.cpp), and operator
# new and delete (wasm/operator_new.cpp): compiled without LTO, so that the
# linker prefers them to libc's and no call site inlines them (inlined, new
# and delete made the module 57 KB larger), and without builtins, so that
# their loops do not become calls to themselves.
set_source_files_properties(wasm/byte_search.cpp wasm/operator_new.cpp PROPERTIES COMPILE_OPTIONS "-fno-lto;-fno-builtin")
add_executable(lede_web wasm/bindings.cpp wasm/byte_search.cpp wasm/operator_new.cpp)
add_executable(lede_node wasm/bindings.cpp wasm/byte_search.cpp wasm/operator_new.cpp)
foreach(target lede_web lede_node)
  target_link_libraries(${target} PRIVATE lede_core)
  # The word stream's writer (core/src/output), which is no part of the library's API.
  target_include_directories(${target} PRIVATE core/src)
  target_compile_options(${target} PRIVATE ${LEDE_WARNINGS} ${LEDE_WASM_COMPILE_FLAGS})
  target_link_options(${target} PRIVATE ${LEDE_WASM_FLAGS})
endforeach()
target_link_options(lede_web PRIVATE -sEXPORT_ES6=1 -sENVIRONMENT=web,worker
  -sEXPORT_NAME=createLedeModule)
target_link_options(lede_node PRIVATE -sENVIRONMENT=node -sEXPORT_NAME=createLedeModule)

# The static site, ready to serve as is: the page (web/), the public API
# (wasm/lede.js and its typings) and the browser module. Copied on every build
# so that editing a page file and rebuilding is enough.
if(LEDE_WEB_DIR)
  add_custom_target(lede_site ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LEDE_WEB_DIR}
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${LEDE_WEB_DIR}
    COMMAND ${CMAKE_COMMAND} -E copy
      ${CMAKE_SOURCE_DIR}/wasm/lede.js ${CMAKE_SOURCE_DIR}/wasm/lede.d.ts
      $<TARGET_FILE_DIR:lede_web>/lede_web.js $<TARGET_FILE_DIR:lede_web>/lede_web.wasm
      ${LEDE_WEB_DIR}
    COMMAND ${CMAKE_COMMAND} -DWEB_DIR=${LEDE_WEB_DIR} -P ${CMAKE_SOURCE_DIR}/cmake/stamp_sw.cmake
    DEPENDS lede_web
    COMMENT "Copying the page and the wasm module into ${LEDE_WEB_DIR}")
endif()

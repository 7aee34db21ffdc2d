# lede_embed(<file> <out-var>): generates a C++ source that defines
#   extern const unsigned char lede_model_<stem>[]; extern const unsigned lede_model_<stem>_size;
# from a binary file, regenerated whenever the file changes.
function(lede_embed file out_var)
  get_filename_component(stem ${file} NAME_WE)
  string(MAKE_C_IDENTIFIER ${stem} symbol)
  set(out ${CMAKE_BINARY_DIR}/generated/model_${symbol}.cpp)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  file(SHA256 ${file} hash)
  set(stamp ${out}.sha256)
  if(EXISTS ${stamp})
    file(READ ${stamp} old_hash)
  endif()
  if(NOT EXISTS ${out} OR NOT "${old_hash}" STREQUAL "${hash}")
    file(READ ${file} hex HEX)
    file(SIZE ${file} size)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
    file(WRITE ${out}
      "// Generated from ${stem}.bin by cmake/embed.cmake; do not edit.\n"
      "extern const unsigned char lede_model_${symbol}[];\n"
      "extern const unsigned lede_model_${symbol}_size;\n"
      "alignas(16) const unsigned char lede_model_${symbol}[] = {\n${bytes}0};\n"
      "const unsigned lede_model_${symbol}_size = ${size};\n")
    file(WRITE ${stamp} "${hash}")
  endif()
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()

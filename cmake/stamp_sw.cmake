# Stamps the service worker of the built site with a hash of every other file
# of the site, so that a deploy that changes any file installs a new service
# worker (and with it a fresh cache). Run after the site is copied:
#   cmake -DWEB_DIR=build/web -P cmake/stamp_sw.cmake
file(GLOB_RECURSE files RELATIVE "${WEB_DIR}" "${WEB_DIR}/*")
list(SORT files)
set(all "")
foreach(f IN LISTS files)
  if(NOT f STREQUAL "sw.js")
    file(SHA256 "${WEB_DIR}/${f}" h)
    string(APPEND all "${f}:${h}\n")
  endif()
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${WEB_DIR}/sw.js" sw)
string(REPLACE "__LEDE_VERSION__" "${version}" sw "${sw}")
file(WRITE "${WEB_DIR}/sw.js" "${sw}")

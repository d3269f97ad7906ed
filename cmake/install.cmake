# `cmake --install` and `cpack -G DEB`: the two executables, the desktop entry, the AppStream metainfo, hicolor
# icons (scalable and PNG), and the man page. Translations are compiled into the executable (":/i18n"), so the
# binary finds them wherever it is installed.
include(GNUInstallDirs)
install(TARGETS acr-netadmin acr-netadmin-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${ACRNET_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${ACRNET_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ACRNET_APP_ID}.svg)
foreach(PNG IN LISTS ACRNET_ICON_PNGS)
    get_filename_component(DIR "${PNG}" DIRECTORY)
    get_filename_component(SIZE "${DIR}" NAME)
    install(FILES "${PNG}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${SIZE}/apps)
endforeach()
install(FILES "${ACRNET_MANPAGE}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME "acr-netadmin")
set(CPACK_PACKAGE_VENDOR "ACR Network Admin")
set(CPACK_PACKAGE_CONTACT "ACR Network Admin maintainers <maintainers@acr-netadmin.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "See and change who can reach your Azure Container Registries")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, QtKeychain, OpenSSL… as dpkg-shlibdeps finds them
# Not libraries but needed at run time: the Secret Service for the keychain, and the Qt platform plugins.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Azure Container Registry network administration and audit
 Browse subscriptions, virtual networks, subnets and service endpoints; edit
 registry network rules and IP rules with a review of every change; audit who
 can reach each registry. Includes a local sandbox cloud for training.")
set(CPACK_GENERATOR "DEB")
include(CPack)

# Install rules and installers for Linux (DEB, TGZ), Windows (WiX MSI, ZIP) and macOS (DMG).
include(GNUInstallDirs)

set(PATCHDECK_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

if(UNIX AND NOT APPLE)
    install(FILES ${PATCHDECK_RESOURCES}/linux/${PATCHDECK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PATCHDECK_RESOURCES}/linux/${PATCHDECK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${PATCHDECK_RESOURCES}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
endif()

# Bundle Qt next to the executable on Windows and macOS (Qt >= 6.5 provides the deploy script).
if((WIN32 OR APPLE) AND TARGET patchdeck AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET patchdeck OUTPUT_SCRIPT patchdeck_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${patchdeck_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "PatchDeck")
set(CPACK_PACKAGE_VENDOR "PatchDeck")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for ManageEngine Patch Manager Plus Cloud")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT "maintainers@patchdeck.io")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PatchDeck")
set(CPACK_PACKAGE_EXECUTABLES "patchdeck;PatchDeck")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Fixed: lets a new MSI upgrade the installed one in place.
    set(CPACK_WIX_UPGRADE_GUID "6B0A3F6E-5D1C-4B7E-9C2D-1F4E8A7B3C90")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/patchdeck.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "PatchDeck")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "PatchDeck")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()

include(CPack)

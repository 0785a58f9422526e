# Install rules and installers: Linux DEB, RPM and TGZ; Windows WiX MSI and ZIP; macOS DMG.
# Linux packages are built and installed into a clean Debian 12 root by .ci/packages.sh; the Windows
# and macOS ones are built by .github/workflows/build.yml (not run on the project's own machine).
include(GNUInstallDirs)

set(PATCHDECK_RESOURCES ${PROJECT_SOURCE_DIR}/resources)
set(PATCHDECK_PACKAGING ${PROJECT_SOURCE_DIR}/packaging)

# CPack's WiX and DragNDrop generators only take a license file ending in .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)

if(UNIX AND NOT APPLE)
    install(FILES ${PATCHDECK_RESOURCES}/linux/${PATCHDECK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PATCHDECK_RESOURCES}/linux/${PATCHDECK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${PATCHDECK_RESOURCES}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    # The simulator ships too: `patchdeck-sim` is the evaluation server (README, Running against a server).
    install(TARGETS patchdeck-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # Debian policy: a machine-readable copyright file (pointing at common-licenses/GPL-3) and a
    # changelog compressed with gzip -9n (no name, no timestamp: reproducible).
    set(patchdeck_docdir ${CMAKE_INSTALL_DATADIR}/doc/patchdeck)
    install(FILES ${PATCHDECK_PACKAGING}/linux/copyright DESTINATION ${patchdeck_docdir})
    find_program(PATCHDECK_GZIP gzip)
    if(PATCHDECK_GZIP)
        configure_file(${PATCHDECK_PACKAGING}/linux/changelog ${PROJECT_BINARY_DIR}/packaging/changelog COPYONLY)
        execute_process(COMMAND ${PATCHDECK_GZIP} -9nf ${PROJECT_BINARY_DIR}/packaging/changelog)
        install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${patchdeck_docdir})
    endif()
    foreach(page patchdeck.1 patchdeck-sim.1)
        configure_file(${PATCHDECK_PACKAGING}/linux/${page} ${PROJECT_BINARY_DIR}/packaging/${page} COPYONLY)
        if(PATCHDECK_GZIP)
            execute_process(COMMAND ${PATCHDECK_GZIP} -9nf ${PROJECT_BINARY_DIR}/packaging/${page})
            install(FILES ${PROJECT_BINARY_DIR}/packaging/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            install(FILES ${PROJECT_BINARY_DIR}/packaging/${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        endif()
    endforeach()
elseif(WIN32)
    install(TARGETS patchdeck-sim RUNTIME DESTINATION bin)
    install(FILES ${PROJECT_BINARY_DIR}/LICENSE.txt DESTINATION .)
    # windeployqt (below) copies Qt's DLLs and plugins but nothing else: QtKeychain goes in by hand.
    get_target_property(patchdeck_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT patchdeck_keychain)
        set(patchdeck_keychain Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${patchdeck_keychain} RUNTIME DESTINATION bin LIBRARY DESTINATION bin)
endif()

# Bundle Qt next to the executable on Windows (windeployqt) and into PatchDeck.app on macOS
# (macdeployqt, which also copies every non-system dylib the app links, QtKeychain's among them).
# Qt 6.3/6.4 name the output argument FILENAME_VARIABLE, 6.5+ OUTPUT_SCRIPT.
if((WIN32 OR APPLE) AND TARGET patchdeck AND COMMAND qt_generate_deploy_app_script)
    if(Qt6Core_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET patchdeck FILENAME_VARIABLE patchdeck_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    elseif(APPLE)
        # QtKeychain's dylib is found through @rpath, which the installed bundle no longer has: tell
        # macdeployqt where it lives so it is copied into PatchDeck.app/Contents/Frameworks.
        get_target_property(patchdeck_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
        if(NOT patchdeck_keychain)
            set(patchdeck_keychain Qt6Keychain::Qt6Keychain)
        endif()
        qt_generate_deploy_app_script(TARGET patchdeck OUTPUT_SCRIPT patchdeck_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR
                                      DEPLOY_TOOL_OPTIONS "-libpath=$<TARGET_FILE_DIR:${patchdeck_keychain}>")
    else()
        qt_generate_deploy_app_script(TARGET patchdeck OUTPUT_SCRIPT patchdeck_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${patchdeck_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "PatchDeck")
set(CPACK_PACKAGE_VENDOR "PatchDeck")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for ManageEngine Patch Manager Plus Cloud")
set(CPACK_PACKAGE_DESCRIPTION
    "PatchDeck is a native console for administrators of ManageEngine Patch Manager Plus Cloud: computers, patches, deployments and reports in fast filterable tables and charts, careful dialogs for every write action and a journal of what was done. patchdeck-sim, a simulator of the whole service, is included for evaluation without an account.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT "PatchDeck maintainers <maintainers@patchdeck.io>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PatchDeck")
set(CPACK_PACKAGE_EXECUTABLES "patchdeck;PatchDeck")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Fixed: lets a new MSI upgrade the installed one in place.
    set(CPACK_WIX_UPGRADE_GUID "6B0A3F6E-5D1C-4B7E-9C2D-1F4E8A7B3C90")
    set(CPACK_WIX_PRODUCT_ICON ${PATCHDECK_PACKAGING}/windows/patchdeck.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "PatchDeck")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_WIX_LICENSE_RTF ${PROJECT_BINARY_DIR}/LICENSE.txt)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "PatchDeck")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
    set(CPACK_PACKAGE_FILE_NAME "PatchDeck-${PROJECT_VERSION}-macOS")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

    # What ldd cannot see: Qt loads these plugins at run time. The package that holds each one on
    # the build machine is asked of dpkg (names differ between Debian 12, 13 and Ubuntu: the SVG
    # plugins moved from libqt6svg6 to qt6-svg-plugins); the fallbacks are Debian 12's names.
    function(patchdeck_deb_package_of plugin fallback out)
        set(package ${fallback})
        find_program(PATCHDECK_DPKG dpkg)
        if(PATCHDECK_DPKG)
            execute_process(COMMAND ${PATCHDECK_DPKG} -S "*/qt6/plugins/${plugin}"
                            OUTPUT_VARIABLE owner ERROR_QUIET RESULT_VARIABLE failed)
            if(NOT failed AND owner MATCHES "^([^:, ]+)")
                set(package ${CMAKE_MATCH_1})
            endif()
        endif()
        if(package STREQUAL fallback AND NOT owner)
            # e.g. Debian 13 without qt6-svg-plugins installed: the DEB would name the wrong package
            # (a status line, not a warning: the Qt 6.8 check builds no DEB and lacks the plugin).
            message(STATUS "No installed package holds Qt's ${plugin}; the DEB will depend on "
                            "${fallback} (Debian 12's name). Install the plugin before building the DEB.")
        endif()
        set(${out} ${package} PARENT_SCOPE)
    endfunction()
    patchdeck_deb_package_of(sqldrivers/libqsqlite.so libqt6sql6-sqlite deb_sqlite) # the local store
    patchdeck_deb_package_of(iconengines/libqsvgicon.so libqt6svg6 deb_svg)         # the SVG icons
    patchdeck_deb_package_of(platforms/libqxcb.so libqt6gui6 deb_xcb)               # an X11/XWayland window

    set(CPACK_DEBIAN_PACKAGE_NAME "patchdeck")
    # Debian wants the extended description in lines of at most 80 characters (CPack puts the
    # summary before it).
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PatchDeck is a native console for administrators of ManageEngine Patch
Manager Plus Cloud: computers, patches, deployments and reports in fast
filterable tables and charts, careful dialogs for every write action and a
journal of what was done. patchdeck-sim, a simulator of the whole service,
is included for evaluation without an account.")
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${deb_sqlite}, ${deb_svg}, ${deb_xcb}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # RPM: Fedora's package names. rpmbuild's automatic requirements add the shared libraries by
    # soname; the names below add the plugins (Fedora keeps QSQLITE and the xcb platform plugin in
    # qt6-qtbase / qt6-qtbase-gui, the SVG plugins in qt6-qtsvg). Built here, never installed by
    # rpm on an RPM distribution: .ci/packages.sh checks its files in the Debian 12 root instead.
    set(CPACK_RPM_PACKAGE_NAME "patchdeck")
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
    set(CPACK_RPM_PACKAGE_REQUIRES
        "qt6-qtbase, qt6-qtbase-gui, qt6-qtcharts, qt6-qtsvg, qt6-qthttpserver, qt6-qtwebsockets, qtkeychain-qt6")
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Directories the distribution's filesystem package owns; the RPM must not claim them.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/man /usr/share/man/man1 /usr/share/doc)
    foreach(size 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
             /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
    endforeach()
endif()

include(CPack)

# Sign-in and sessions in the GUI: the Sign-in dialog (its method tabs with a page per way of signing
# in, the cloud fields two pages share, the keychain notice, the status area) and its help, network
# settings, the Profile menu and the controller that ties them to the SessionManager.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BrowserSignInPage.cpp ${CMAKE_CURRENT_LIST_DIR}/BrowserSignInPage.h
    ${CMAKE_CURRENT_LIST_DIR}/CloudSignInFields.cpp ${CMAKE_CURRENT_LIST_DIR}/CloudSignInFields.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainNotice.cpp ${CMAKE_CURRENT_LIST_DIR}/KeychainNotice.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkSettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkSettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/OnPremisesSignInPage.cpp ${CMAKE_CURRENT_LIST_DIR}/OnPremisesSignInPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/SelfClientSignInPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SelfClientSignInPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionController.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionController.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInHelp.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInHelp.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInMethodTabs.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInMethodTabs.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInStatusArea.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInStatusArea.h
)
target_link_libraries(pd_ui PUBLIC pd_auth)

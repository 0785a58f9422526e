# The write actions in the GUI: a dialog per write, the one confirmation path, the APD tasks and
# action journal pages, and the wiring that puts each action where admins look for it.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionCentre.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionCentre.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionFormDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionFormDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionSelection.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionSelection.h
    ${CMAKE_CURRENT_LIST_DIR}/ApdTaskDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ApdTaskDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ApdTasksView.cpp ${CMAKE_CURRENT_LIST_DIR}/ApdTasksView.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckList.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckList.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfirmActionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfirmActionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/DeclineDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DeclineDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldErrors.cpp ${CMAKE_CURRENT_LIST_DIR}/FieldErrors.h
    ${CMAKE_CURRENT_LIST_DIR}/InstallPatchesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/InstallPatchesDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalView.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalView.h
    ${CMAKE_CURRENT_LIST_DIR}/PolicyPicker.cpp ${CMAKE_CURRENT_LIST_DIR}/PolicyPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/UninstallPatchesDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/UninstallPatchesDialog.h
)
target_link_libraries(pd_ui PUBLIC pd_actions pd_auth pd_store)

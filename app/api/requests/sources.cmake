# Typed write requests (one class per operation family), part of pd_api.
target_sources(pd_api PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgentActionRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/AgentActionRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ApdTaskActionRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/ApdTaskActionRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ApdTaskSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/ApdTaskSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/CreateApdTaskRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/CreateApdTaskRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/DeclinePatchesRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/DeclinePatchesRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/DeploymentOptions.cpp ${CMAKE_CURRENT_LIST_DIR}/DeploymentOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/InstallPatchesRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/InstallPatchesRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/LegacyDeclineRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/LegacyDeclineRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ModifyApdTaskRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/ModifyApdTaskRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/PatchApprovalRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/PatchApprovalRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestRules.cpp ${CMAKE_CURRENT_LIST_DIR}/RequestRules.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanAllComputersRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/ScanComputersRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/ScanComputersRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/UninstallPatchesRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/UninstallPatchesRequest.h
)

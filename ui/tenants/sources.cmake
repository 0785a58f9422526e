# Tenants side by side: a window per profile, each with its own session, and the overview of every
# profile's summary.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NewWindowMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/NewWindowMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantColour.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantColour.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantOverviewModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantOverviewModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantSummaryRefresher.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantSummaryRefresher.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantWindows.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantWindows.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantsOverview.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantsOverview.h
)

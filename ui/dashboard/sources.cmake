# The dashboard: tiles and charts over the summary calls, trends from the local history.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgentSection.cpp ${CMAKE_CURRENT_LIST_DIR}/AgentSection.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardCard.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardCard.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardParts.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardParts.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardSection.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardSection.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardView.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardView.h
    ${CMAKE_CURRENT_LIST_DIR}/LoaderSection.cpp ${CMAKE_CURRENT_LIST_DIR}/LoaderSection.h
    ${CMAKE_CURRENT_LIST_DIR}/MemoryTrendSource.cpp ${CMAKE_CURRENT_LIST_DIR}/MemoryTrendSource.h
    ${CMAKE_CURRENT_LIST_DIR}/PatchOverviewSection.cpp ${CMAKE_CURRENT_LIST_DIR}/PatchOverviewSection.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerStatusSection.cpp ${CMAKE_CURRENT_LIST_DIR}/ServerStatusSection.h
    ${CMAKE_CURRENT_LIST_DIR}/SinceLastRefreshSection.cpp ${CMAKE_CURRENT_LIST_DIR}/SinceLastRefreshSection.h
    ${CMAKE_CURRENT_LIST_DIR}/StatTile.cpp ${CMAKE_CURRENT_LIST_DIR}/StatTile.h
    ${CMAKE_CURRENT_LIST_DIR}/SummarySegments.cpp ${CMAKE_CURRENT_LIST_DIR}/SummarySegments.h
    ${CMAKE_CURRENT_LIST_DIR}/StoreTrendSource.cpp ${CMAKE_CURRENT_LIST_DIR}/StoreTrendSource.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendSection.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendSection.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendSource.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendSource.h
)
# Trends are read from the profile's store (SummaryHistory).
target_link_libraries(pd_ui PUBLIC pd_store)

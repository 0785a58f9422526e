# Our chart widgets. Qt Charts (deprecated from Qt 6.10) is used only inside this folder, so
# replacing it touches nothing else.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BarChart.cpp ${CMAKE_CURRENT_LIST_DIR}/BarChart.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartColors.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartColors.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartLegend.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartLegend.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartSegment.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartText.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartText.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartTheme.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartTheme.h
    ${CMAKE_CURRENT_LIST_DIR}/DonutChart.cpp ${CMAKE_CURRENT_LIST_DIR}/DonutChart.h
    ${CMAKE_CURRENT_LIST_DIR}/ProportionBar.cpp ${CMAKE_CURRENT_LIST_DIR}/ProportionBar.h
    ${CMAKE_CURRENT_LIST_DIR}/SegmentTable.cpp ${CMAKE_CURRENT_LIST_DIR}/SegmentTable.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendChart.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendChart.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendSeries.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendTable.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendTable.h
)

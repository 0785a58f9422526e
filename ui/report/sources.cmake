# The compliance report: data gathered once, rendered to HTML and PDF with the console's charts.
target_sources(pd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportCollector.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportData.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.h
)

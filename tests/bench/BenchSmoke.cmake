# Runs the console benchmark on a small fleet and checks that it produced every figure and that
# every row arrived (in the GUI fetch, the cache and the export). Timings are not judged here.
execute_process(
    COMMAND ${BENCH} --view patch-status --computers 40 --json ${OUT} --sim ${SIM} --patchdeck ${PATCHDECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "patchdeck-bench-console failed (${result}): ${err}")
endif()
file(READ ${OUT} json)
foreach(figure floor_s floor_items rows fetch_s fetch_vs_floor rss_loaded_mib rss_peak_mib bytes_per_row
        store_bytes_per_row search_median_ms search_p95_ms sort_max_ms stall_load_ms stall_search_ms stall_sort_ms
        cache_write_s cache_bytes_per_row cache_open_s compare_rows compare_added compare_changed compare_removed
        compare_s stall_compare_ms compare_kept_mib rss_refresh_peak_mib rss_compare_peak_mib only_changes_ms
        export_s export_vs_floor export_peak_rss_mib export_rows)
    string(JSON value ERROR_VARIABLE missing GET "${json}" ${figure})
    if(missing)
        message(FATAL_ERROR "figure ${figure} was not produced")
    endif()
endforeach()
string(JSON items GET "${json}" floor_items)
string(JSON rows GET "${json}" rows)
string(JSON exported GET "${json}" export_rows)
string(JSON compared GET "${json}" compare_rows)
# The export runs after the server changed: it has the compared list's rows.
if(items LESS 1000 OR NOT rows EQUAL items OR NOT exported EQUAL compared)
    message(FATAL_ERROR "rows did not all arrive: server ${items}, view ${rows}, compared ${compared}, export ${exported}")
endif()
# The server lost computers and approved patches between the two fetches: the comparison saw both.
string(JSON removed GET "${json}" compare_removed)
string(JSON changed GET "${json}" compare_changed)
math(EXPR remaining "${rows} - ${removed}")
if(removed LESS 1 OR changed LESS 1 OR NOT compared EQUAL remaining)
    message(FATAL_ERROR "the comparison missed the server's changes: ${removed} removed, ${changed} changed, ${compared} rows")
endif()
message("every figure produced; ${rows} rows in the view and the export")

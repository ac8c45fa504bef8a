from promql_names import exported_names, metric_names


def test_plain_selector_and_matchers():
    assert metric_names('up{job="srp-service"} == 0') == {"up"}


def test_functions_ranges_and_grouping_are_not_metrics():
    expr = 'histogram_quantile(0.95, sum by (route, le) (rate(http_request_duration_seconds_bucket{job="x"}[$__rate_interval])))'
    assert metric_names(expr) == {"http_request_duration_seconds_bucket"}


def test_binary_operations_with_on_and_group_left():
    expr = 'node_load1{instance=~"$node"} / on (instance) group_left (x) count by (instance) (node_cpu_seconds_total{mode="idle"})'
    assert metric_names(expr) == {"node_load1", "node_cpu_seconds_total"}


def test_recording_rule_names_with_colons_and_durations():
    expr = 'predict_linear(node_filesystem_avail_bytes[6h], 24 * 3600) < 0 and instance_mountpoint:node_filesystem_used:ratio > 0.5'
    assert metric_names(expr) == {"node_filesystem_avail_bytes", "instance_mountpoint:node_filesystem_used:ratio"}


def test_label_values_inside_strings_are_ignored():
    assert metric_names('sum(rate(http_requests_total{status=~"5..",route="/api/v1/releases"}[5m]))') == {"http_requests_total"}


def test_exposition_expands_histograms_and_reads_samples():
    page = "\n".join([
        "# HELP http_request_duration_seconds d",
        "# TYPE http_request_duration_seconds histogram",
        "# TYPE nodejs_heap_size_used_bytes gauge",
        "nodejs_heap_size_used_bytes 1",
        "process_start_time_seconds 2",
    ])
    names = exported_names(page)
    assert {"http_request_duration_seconds_bucket", "http_request_duration_seconds_count",
            "nodejs_heap_size_used_bytes", "process_start_time_seconds"} <= names

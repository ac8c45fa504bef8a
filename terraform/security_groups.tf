# Security groups: ingress is named source by named source, egress only what the hosts really use.
# Rules are separate resources (not inline) so scripts/update-admin-cidr can find and replace the
# SSH rule alone, and so a rule change never re-creates a group.

resource "aws_security_group" "app" {
  name        = "${local.name}-app"
  description = "Application host: Jenkins, the release-ledger service and the monitoring stack"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.name}-app" }
}

resource "aws_security_group" "scanner" {
  name        = "${local.name}-scanner"
  description = "Scanner host: Trivy server and gitleaks, reachable from the application host only"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.name}-scanner" }
}

# --- application host ---------------------------------------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "app_ssh_admin" {
  security_group_id = aws_security_group.app.id
  description       = "admin-ssh: SSH from the operator's address only"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.admin_cidr

  tags = { Name = "${local.name}-app-admin-ssh" }
}

resource "aws_vpc_security_group_ingress_rule" "app_service" {
  for_each = toset(var.allowed_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "service: release-ledger API from an allowed network"
  ip_protocol       = "tcp"
  from_port         = var.app_port
  to_port           = var.app_port
  cidr_ipv4         = each.value

  tags = { Name = "${local.name}-app-service" }
}

resource "aws_vpc_security_group_ingress_rule" "app_grafana" {
  for_each = toset(var.allowed_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "grafana: dashboards from an allowed network"
  ip_protocol       = "tcp"
  from_port         = var.grafana_port
  to_port           = var.grafana_port
  cidr_ipv4         = each.value

  tags = { Name = "${local.name}-app-grafana" }
}

resource "aws_vpc_security_group_ingress_rule" "app_jenkins" {
  for_each = toset(var.allowed_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "jenkins: UI and webhooks from an allowed network"
  ip_protocol       = "tcp"
  from_port         = var.jenkins_port
  to_port           = var.jenkins_port
  cidr_ipv4         = each.value

  tags = { Name = "${local.name}-app-jenkins" }
}

resource "aws_vpc_security_group_egress_rule" "app_https" {
  security_group_id = aws_security_group.app.id
  description       = "HTTPS out: container registry, GitHub, Slack webhooks, package mirrors"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"

  tags = { Name = "${local.name}-app-https" }
}

resource "aws_vpc_security_group_egress_rule" "app_http" {
  security_group_id = aws_security_group.app.id
  description       = "HTTP out: Debian mirrors serve signed packages over plain HTTP"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"

  tags = { Name = "${local.name}-app-http" }
}

resource "aws_vpc_security_group_egress_rule" "app_to_trivy" {
  security_group_id            = aws_security_group.app.id
  description                  = "Trivy client to the scanner host's Trivy server"
  ip_protocol                  = "tcp"
  from_port                    = var.trivy_server_port
  to_port                      = var.trivy_server_port
  referenced_security_group_id = aws_security_group.scanner.id

  tags = { Name = "${local.name}-app-to-trivy" }
}

resource "aws_vpc_security_group_egress_rule" "app_to_scanner_node_exporter" {
  security_group_id            = aws_security_group.app.id
  description                  = "Prometheus scrapes node_exporter on the scanner host"
  ip_protocol                  = "tcp"
  from_port                    = 9100
  to_port                      = 9100
  referenced_security_group_id = aws_security_group.scanner.id

  tags = { Name = "${local.name}-app-to-node-exporter" }
}

# --- scanner host -------------------------------------------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "scanner_ssh_admin" {
  security_group_id = aws_security_group.scanner.id
  description       = "admin-ssh: SSH from the operator's address only"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.admin_cidr

  tags = { Name = "${local.name}-scanner-admin-ssh" }
}

resource "aws_vpc_security_group_ingress_rule" "scanner_trivy_from_app" {
  security_group_id            = aws_security_group.scanner.id
  description                  = "trivy-server: from the application host's security group only"
  ip_protocol                  = "tcp"
  from_port                    = var.trivy_server_port
  to_port                      = var.trivy_server_port
  referenced_security_group_id = aws_security_group.app.id

  tags = { Name = "${local.name}-scanner-trivy" }
}

resource "aws_vpc_security_group_ingress_rule" "scanner_node_exporter_from_app" {
  security_group_id            = aws_security_group.scanner.id
  description                  = "node_exporter: scraped by Prometheus on the application host only"
  ip_protocol                  = "tcp"
  from_port                    = 9100
  to_port                      = 9100
  referenced_security_group_id = aws_security_group.app.id

  tags = { Name = "${local.name}-scanner-node-exporter" }
}

resource "aws_vpc_security_group_egress_rule" "scanner_https" {
  security_group_id = aws_security_group.scanner.id
  description       = "HTTPS out: Trivy vulnerability DB (ghcr.io mirror) and package mirrors"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"

  tags = { Name = "${local.name}-scanner-https" }
}

resource "aws_vpc_security_group_egress_rule" "scanner_http" {
  security_group_id = aws_security_group.scanner.id
  description       = "HTTP out: Debian mirrors serve signed packages over plain HTTP"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"

  tags = { Name = "${local.name}-scanner-http" }
}

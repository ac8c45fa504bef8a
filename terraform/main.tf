locals {
  name = "srp-${var.environment}"

  common_tags = merge(var.tags, {
    Project     = "secure-release-platform"
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  # One /24 is plenty for two hosts; the second half of the VPC stays free for a private subnet later.
  public_subnet_cidr = cidrsubnet(var.vpc_cidr, 8, 1)
}

# Debian 12 from Debian's own AWS account; the image is resolved at plan time so a rebuild gets the
# latest point release, and `ignore_changes` below keeps a new AMI from replacing running hosts.
data "aws_ami" "debian12" {
  most_recent = true
  owners      = ["136693071363"]

  filter {
    name   = "name"
    values = ["debian-12-amd64-*"]
  }

  filter {
    name   = "architecture"
    values = ["x86_64"]
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true # private DNS names are how Prometheus addresses the hosts

  tags = { Name = "${local.name}-vpc" }
}

# The VPC's default group would otherwise allow all traffic between members; nothing uses it, so empty it.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  tags = { Name = "${local.name}-default-deny" }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id

  tags = { Name = "${local.name}-igw" }
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = local.public_subnet_cidr
  availability_zone = data.aws_availability_zones.available.names[0]
  # Public addresses are given per instance, on purpose, never to everything launched here.
  map_public_ip_on_launch = false

  tags = { Name = "${local.name}-public" }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }

  tags = { Name = "${local.name}-public" }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_key_pair" "admin" {
  key_name   = "${local.name}-admin"
  public_key = var.ssh_public_key

  tags = { Name = "${local.name}-admin" }
}

module "app_host" {
  source = "./modules/host"

  name                 = "${local.name}-app"
  role                 = "app"
  ami_id               = data.aws_ami.debian12.id
  instance_type        = var.app_instance_type
  subnet_id            = aws_subnet.public.id
  security_group_ids   = [aws_security_group.app.id]
  key_name             = aws_key_pair.admin.key_name
  root_volume_size_gb  = var.app_root_volume_gb
  associate_public_ip  = true
  termination_protects = true
}

module "scanner_host" {
  source = "./modules/host"

  name                 = "${local.name}-scanner"
  role                 = "scanner"
  ami_id               = data.aws_ami.debian12.id
  instance_type        = var.scanner_instance_type
  subnet_id            = aws_subnet.public.id
  security_group_ids   = [aws_security_group.scanner.id]
  key_name             = aws_key_pair.admin.key_name
  root_volume_size_gb  = var.scanner_root_volume_gb
  associate_public_ip  = true # SSH from the admin CIDR and egress for the Trivy DB; no inbound from the internet
  termination_protects = false
}

# A fixed address for the app host: webhooks, the Grafana bookmark and the inventory survive a stop/start.
resource "aws_eip" "app" {
  domain   = "vpc"
  instance = module.app_host.instance_id

  tags = { Name = "${local.name}-app" }

  depends_on = [aws_internet_gateway.main]
}

# Terraform writes the inventory Ansible reads, so host addresses are never typed by hand.
resource "local_file" "ansible_inventory" {
  filename        = var.inventory_path
  file_permission = "0640"
  content = templatefile("${path.module}/templates/inventory.yml.tftpl", {
    environment         = var.environment
    app_public_ip       = aws_eip.app.public_ip
    app_private_dns     = module.app_host.private_dns
    scanner_public_ip   = module.scanner_host.public_ip
    scanner_private_dns = module.scanner_host.private_dns
    app_port            = var.app_port
    grafana_port        = var.grafana_port
    jenkins_port        = var.jenkins_port
    trivy_server_port   = var.trivy_server_port
  })
}

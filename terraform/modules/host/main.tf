# One Debian host with the platform's secure defaults. Both hosts use this module so the
# defaults cannot drift apart: IMDSv2 only, encrypted gp3 root volume, no public IP unless asked.
resource "aws_instance" "this" {
  ami                         = var.ami_id
  instance_type               = var.instance_type
  subnet_id                   = var.subnet_id
  vpc_security_group_ids      = var.security_group_ids
  key_name                    = var.key_name
  associate_public_ip_address = var.associate_public_ip
  disable_api_termination     = var.termination_protects
  ebs_optimized               = true
  monitoring                  = false # basic 5-minute CloudWatch metrics; Prometheus does the detailed watching

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required" # IMDSv2 only: a token is needed, SSRF cannot read credentials
    http_put_response_hop_limit = 1          # containers on the host cannot reach the metadata service
    instance_metadata_tags      = "disabled"
  }

  root_block_device {
    volume_type           = "gp3"
    volume_size           = var.root_volume_size_gb
    encrypted             = true
    delete_on_termination = true

    tags = { Name = "${var.name}-root" }
  }

  credit_specification {
    # Unlimited bursts on a t3 can bill far past the instance price during a long Trivy DB update.
    cpu_credits = "standard"
  }

  tags = {
    Name = var.name
    Role = var.role
  }

  lifecycle {
    # A newer Debian AMI must not replace a running host; rebuilds are deliberate.
    ignore_changes = [ami]
  }
}

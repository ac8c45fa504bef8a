output "app_public_ip" {
  description = "Elastic IP of the application host (SSH, service, Grafana, Jenkins)."
  value       = aws_eip.app.public_ip
}

output "app_private_dns" {
  description = "Private DNS name of the application host."
  value       = module.app_host.private_dns
}

output "scanner_public_ip" {
  description = "Public IP of the scanner host (SSH from the admin CIDR only)."
  value       = module.scanner_host.public_ip
}

output "scanner_private_dns" {
  description = "Private DNS name of the scanner host; the app host's Trivy client and Prometheus use it."
  value       = module.scanner_host.private_dns
}

output "app_security_group_id" {
  description = "Security group of the application host (scripts/update-admin-cidr edits its SSH rule)."
  value       = aws_security_group.app.id
}

output "scanner_security_group_id" {
  description = "Security group of the scanner host."
  value       = aws_security_group.scanner.id
}

output "ansible_inventory_path" {
  description = "Where the generated Ansible inventory was written."
  value       = local_file.ansible_inventory.filename
}

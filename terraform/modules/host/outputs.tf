output "instance_id" {
  description = "EC2 instance id."
  value       = aws_instance.this.id
}

output "public_ip" {
  description = "Public IPv4 address (empty without associate_public_ip)."
  value       = aws_instance.this.public_ip
}

output "private_ip" {
  description = "Private IPv4 address inside the VPC."
  value       = aws_instance.this.private_ip
}

output "private_dns" {
  description = "Private DNS name inside the VPC; Prometheus and the Trivy client address the host by it."
  value       = aws_instance.this.private_dns
}

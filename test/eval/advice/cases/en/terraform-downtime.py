import litellm


def terraform_downtime(plan: str):
    response = litellm.completion(
        model="gpt-4o",
        messages=[
            {"role": "user", "content": f"Terraform plan:\n{plan}\n\nWill applying this cause downtime for the production load balancer? yes/no"},
        ],
        max_tokens=1,
        temperature=0,
    )
    return response.choices[0].message.content.strip()
